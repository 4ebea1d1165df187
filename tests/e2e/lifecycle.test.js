// Issue 11 §5: the agreed rules run in the org by themselves. The MA
// connector (the admin, over the org's API) logs a lead's webinar and web
// visits as it would; when a new Task pushes the lead over the agreed MQL
// criteria, the org's automation stamps it, assigns it to inside sales and
// gives them a first-touch Task and a notification, with no one opening the
// record. Moving the org's clock from the header runs the scheduled job:
// the reminder at 15 minutes, the reassignment at the 60-minute SLA (the
// sample program's handoff rules, the core's defaults), and an accepted lead
// recycled after 30 days without progress. The list views "MQL queue by
// score", "SLA breached" and "Recycled to nurture" show each as it happens.
const { useSession } = require('./support/session');
const { signIn, seriousViolations, screenshot } = require('./support/browser');
const { byDataId, eventually, expectText } = require('./support/lightning');

const session = useSession();
const DAY = 86400000;

/** The org's API as a sample user, from the page (same origin, as the components call it). */
function apiOf(page, userId) {
    return async (method, path, body) => {
        const answer = await page.evaluate(
            async ([m, p, b, u]) => {
                const response = await fetch(p.startsWith('/workbench/') ? p : `/services/data/v62.0${p}`, {
                    method: m,
                    headers: { 'Content-Type': 'application/json', 'X-Workbench-User': u, 'X-Workbench-Lang': 'ja' },
                    body: b === undefined ? undefined : JSON.stringify(b),
                });
                return { status: response.status, body: await response.json().catch(() => null) };
            },
            [method, path, body, userId]
        );
        if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
        return answer.body;
    };
}

const FIELDS = ['MA_Score__c', 'MA_Grade__c', 'MA_Stage__c', 'MA_Handoff_Status__c', 'MA_MQL_At__c', 'MA_Assigned_At__c', 'MA_Escalation_Step__c', 'MA_Evaluated_At__c', 'MA_Recycled_At__c', 'MA_Recycle_Reason__c', 'OwnerId'];

async function record(api, id) {
    const answer = await api('GET', `/ui-api/records/${id}?fields=${FIELDS.map((f) => `Lead.${f}`).join(',')}`);
    return Object.fromEntries(FIELDS.map((f) => [f, answer.fields[f] ? answer.fields[f].value : null]));
}

async function notificationTitles(page) {
    const button = page.locator('[data-id="notifications-button"]');
    await button.waitFor();
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await page.locator('[data-id="notifications-panel"]:not(.slds-hide)').waitFor();
    return page.locator('[data-id="notification"] .slds-text-title_bold').allInnerTexts();
}

/** Moves the org's clock with the header's button and waits for the page to load again at the new time. */
async function moveClock(page, minutes) {
    const before = await page.locator('[data-id="org-time"]').innerText();
    await page.locator(`[data-id="clock-${minutes}"]`).click();
    await eventually(async () => expect(await page.locator('[data-id="org-time"]').innerText()).not.toBe(before), 120000);
}

async function openListView(page, url, view) {
    await page.goto(`${url}#/leads`);
    await page.locator('[data-id="lead-table"]').waitFor();
    await page.selectOption('[data-id="list-view"]', view);
    const table = page.locator(`[data-id="lead-table"][data-view="${view}"]`);
    await table.waitFor();
    // Every column the view names has a header in words, none left as its API name.
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers.filter((h) => /__c|^[A-Z_]+$/.test(h.trim()))).toEqual([]);
    return table;
}

test('a new Task pushes a lead over the agreed MQL criteria: stamped, assigned and given its task without anyone opening it; the clock reminds, reassigns and recycles', async () => {
    const { url } = session.workbench;
    const page = await session.browser.newPage();
    await signIn(page, url, { role: 'insideSales' });
    const users = await page.evaluate(() => JSON.parse(document.getElementById('wb-config').textContent).users);
    const connector = apiOf(page, users.admin.id);

    // The MA connector logs what the lead did (the program's field mapping: the default event rules).
    const query = async (text) => (await connector('POST', '/graphql', { query: text })).data.uiapi.query;
    const programId = (await query('query { uiapi { query { MA_Program__c(first: 1) { edges { node { Id } } } } } }')).MA_Program__c.edges[0].node.Id;
    const webinarId = (await query('query { uiapi { query { Campaign(where: { Type: { eq: "Webinar" } }, first: 1) { edges { node { Id } } } } } }')).Campaign.edges[0].node.Id;
    const lead = await connector('POST', '/ui-api/records', {
        apiName: 'Lead',
        fields: { LastName: '新井', FirstName: '翔', Company: '北陸精密工業株式会社', Title: '製造部 部長', Industry: 'Machinery', NumberOfEmployees: 1200, LeadSource: 'Webinar', MA_Program__c: programId },
    });
    await connector('POST', '/ui-api/records', { apiName: 'CampaignMember', fields: { CampaignId: webinarId, LeadId: lead.id, Status: 'Attended', HasResponded: true } });
    const clock = await connector('GET', '/workbench/clock');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(new Date(clock.now));
    const visit = { apiName: 'Task', fields: { WhoId: lead.id, Subject: '価格ページ閲覧 /pricing', Type: 'Web Visit', Status: 'Completed', ActivityDate: today } };
    await connector('POST', '/ui-api/records', visit);

    // Scored at every change, under the agreed criteria (70 and grade A or B): no MQL yet.
    const warm = await record(connector, lead.id);
    expect(warm.MA_Score__c).toBeGreaterThan(60);
    expect(warm.MA_Score__c).toBeLessThan(70);
    expect([warm.MA_Stage__c, warm.MA_MQL_At__c]).toEqual(['lead', null]);

    // One more pricing-page visit crosses the criteria: the org acts at once.
    await connector('POST', '/ui-api/records', visit);
    const hot = await record(connector, lead.id);
    expect(hot.MA_Score__c).toBeGreaterThanOrEqual(70);
    expect(hot.MA_Stage__c).toBe('mql');
    expect(hot.MA_MQL_At__c).not.toBeNull();
    expect(hot.MA_Assigned_At__c).toBe(hot.MA_MQL_At__c);
    expect(hot.OwnerId).toBe(users.insideSales.id);
    expect(hot.MA_Handoff_Status__c).toBe('on-time');
    const tasks = (await query(`query { uiapi { query { Task(where: { WhoId: { eq: "${lead.id}" } }, first: 10) { edges { node { Subject { value } OwnerId { value } ReminderDateTime { value } } } } } } }`)).Task.edges.map((e) => e.node);
    const firstTouch = tasks.find((t) => /初回対応/.test(t.Subject.value));
    expect(firstTouch.OwnerId.value).toBe(users.insideSales.id);
    expect(Date.parse(firstTouch.ReminderDateTime.value) - Date.parse(hot.MA_MQL_At__c)).toBe(60 * 60000);

    // Inside sales sees it in the header's notifications, and from there the lead.
    await page.reload();
    await expectText(page.locator('[data-id="notifications-button"]'), /未読 [1-9]/);
    expect((await notificationTitles(page))[0]).toBe('MQL が割り当てられました: 新井 翔');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('[data-id="notification"] a', { hasText: '新井 翔' }).first().click();
    const score = page.locator('c-ma-lead-score');
    await expectText(byDataId(score, 'stored-stage'), /^MQL$/);
    await eventually(async () => expect(await byDataId(score, 'handoff-status').getAttribute('data-status')).toBe('on-time'));
    await expectText(byDataId(score, 'handoff-clock'), /^残り /);

    // The MQL queue by score lists it, highest score first.
    let table = await openListView(page, url, 'MA_MQL_Queue');
    await expectText(table, /新井 翔/);
    const scores = (await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'lifecycle-mql-queue');

    // 15 minutes later nobody has touched it: the scheduled run reminds the owner.
    await page.goto(`${url}#/lead/${lead.id}`);
    await byDataId(score, 'handoff-status').waitFor();
    await moveClock(page, 15);
    await expectText(page.locator('[data-id="clock-offset"]'), /15分/);
    await eventually(async () => expect(await byDataId(score, 'handoff-status').getAttribute('data-status')).toBe('at-risk'));
    expect(await notificationTitles(page)).toContain('リマインド: 新井 翔 への初回対応');
    expect((await record(connector, lead.id)).MA_Escalation_Step__c).toBe(1);

    // An hour later the SLA has passed: reassigned (to the assignee role again, as the rules name no fallback), breached.
    await moveClock(page, 60);
    await eventually(async () => expect(await byDataId(score, 'handoff-status').getAttribute('data-status')).toBe('breached'));
    await expectText(byDataId(score, 'stored-handoff'), /^SLA超過$/);
    expect(await notificationTitles(page)).toContain('MQL が再割り当てされました: 新井 翔');
    const breached = await record(connector, lead.id);
    expect([breached.MA_Escalation_Step__c, breached.MA_Handoff_Status__c, breached.OwnerId]).toEqual([2, 'breached', users.insideSales.id]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'automation-ja', { docs: true });
    table = await openListView(page, url, 'MA_SLA_Breached');
    await expectText(table, /新井 翔/);

    // An accepted lead without progress goes back to nurture after 30 days: the oldest SAL, a day at a time.
    const sal = (await query('query { uiapi { query { Lead(where: { MA_Stage__c: { eq: "sal" } }, orderBy: { MA_SAL_At__c: { order: ASC } }, first: 1) { edges { node { Id Name { value } MA_SAL_At__c { value } } } } } } }')).Lead.edges[0].node;
    await page.goto(`${url}#/lead/${sal.Id}`);
    await byDataId(score, 'handoff-status').waitFor();
    const now = Date.parse((await connector('GET', '/workbench/clock')).now);
    const days = Math.ceil((Date.parse(sal.MA_SAL_At__c.value) + 30 * DAY - now) / DAY);
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThanOrEqual(30);
    for (let i = 0; i < days; i += 1) await moveClock(page, 1440);
    const recycled = await record(connector, sal.Id);
    expect([recycled.MA_Stage__c, recycled.MA_Handoff_Status__c, recycled.MA_Recycle_Reason__c]).toEqual(['recycled', 'recycled', 'no-need']);
    await eventually(async () => expect(await byDataId(score, 'stage').getAttribute('data-stage')).toBe('recycled'));
    table = await openListView(page, url, 'MA_Recycled');
    await expectText(table, new RegExp(sal.Name.value));
    expect(await seriousViolations(page)).toEqual([]);
    expect(session.browser.errors).toEqual([]);
});

test('the clock refuses a move that is not whole minutes forward, naming the field', async () => {
    const page = await session.browser.newPage();
    await signIn(page, session.workbench.url, { role: 'marketing' });
    const answer = await page.evaluate(async () => {
        const config = JSON.parse(document.getElementById('wb-config').textContent);
        const post = (body) =>
            fetch('/workbench/clock/advance', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Workbench-User': config.users.marketing.id }, body: JSON.stringify(body) }).then(async (r) => [r.status, (await r.json())[0].message]);
        return [await post({ minutes: -15 }), await post({ minutes: 1.5 }), await post({})];
    });
    for (const [status, message] of answer) expect([status, message]).toEqual([400, expect.stringMatching(/^minutes: /)]);
});
