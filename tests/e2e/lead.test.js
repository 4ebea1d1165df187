// Scenario 4: a lead's record shows the score and grade the org stored, the
// rules behind them, the stage and the handoff clock; accepting it as SAL
// updates the clock, the stored stage and the KPIs.
const { useSession } = require('./support/session');
const { signIn, seriousViolations, screenshot } = require('./support/browser');
const { byDataId, eventually, expectText } = require('./support/lightning');

const session = useSession();

async function kpi(page, key) {
    const cell = page.locator(`c-ma-funnel [data-id="kpi-${key}"]`);
    await cell.waitFor();
    return Number((await cell.innerText()).replace(/[^0-9.]/g, ''));
}

test('a lead waiting for inside sales: score, stage and clock; accepting it as SAL moves the clock and the KPIs', async () => {
    const page = await session.browser.newPage();
    await signIn(page, session.workbench.url, { role: 'insideSales' });
    await page.goto(`${session.workbench.url}#/kpis`);
    const salBefore = await kpi(page, 'sal');
    const mqlBefore = await kpi(page, 'mql');
    expect(mqlBefore).toBeGreaterThan(salBefore);

    // From the list view "MQL queue by score", the first MQL: nobody has accepted or rejected it yet.
    await page.goto(`${session.workbench.url}#/leads`);
    await page.locator('[data-id="lead-table"]').waitFor();
    await page.selectOption('[data-id="list-view"]', 'MA_MQL_Queue');
    const table = page.locator('[data-id="lead-table"][data-view="MA_MQL_Queue"]');
    await table.waitFor();
    const waiting = table.locator('tbody tr').first();
    const name = (await waiting.locator('th a').innerText()).trim();
    await waiting.locator('th a').click();
    await expectText(page.locator('[data-id="lead-name"]'), new RegExp(name));

    // The figures the org's engine stored, and the rules behind them.
    const lead = page.locator('c-ma-lead-score');
    await expectText(byDataId(lead, 'total'), /^\d+(\.\d+)?$/);
    await expectText(byDataId(lead, 'grade'), /^[AB]$/);
    await expectText(byDataId(lead, 'stored-stage'), /^MQL$/);
    await expectText(byDataId(lead, 'evaluated-at'), /計算/);
    expect(await byDataId(lead, 'contributions').locator('tbody tr').count()).toBeGreaterThan(0);
    await eventually(async () => expect(await byDataId(lead, 'stage').getAttribute('data-stage')).toBe('mql'));
    const statusBefore = await byDataId(lead, 'handoff-status').getAttribute('data-status');
    expect(['waiting', 'on-time', 'at-risk', 'breached']).toContain(statusBefore);
    expect((await byDataId(lead, 'handoff-clock').innerText()).trim().length).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-4-lead-before-accept');

    await byDataId(lead, 'accept').locator('button').click();
    await eventually(async () => expect(await byDataId(lead, 'handoff-status').getAttribute('data-status')).toBe('accepted'));
    await eventually(async () => expect(await byDataId(lead, 'stage').getAttribute('data-stage')).not.toBe('mql'));
    // The org's automation ran on the write: the stored stage is the engine's.
    await expectText(byDataId(lead, 'stored-stage'), /^SAL$/);

    // The acceptance is stored: after a reload the clock stays stopped, and the funnel counts one more SAL.
    await page.reload();
    await eventually(async () => expect(await byDataId(lead, 'handoff-status').getAttribute('data-status')).toBe('accepted'));
    await page.goto(`${session.workbench.url}#/kpis`);
    await eventually(async () => expect(await kpi(page, 'sal')).toBe(salBefore + 1));
    expect(await kpi(page, 'mql')).toBe(mqlBefore);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-4-kpis-after-accept');
    expect(session.browser.errors).toEqual([]);
});
