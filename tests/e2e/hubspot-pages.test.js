// The HubSpot preview's pages in Japanese and in English: every card tab of
// the program company, the contact list and a contact's record pass axe-core
// with no serious or critical violation, in the page's language, and are
// screenshotted (the Japanese ones to docs/screenshots/ for the README, the
// lead score card's explanation of its score too). The
// workbench's HubSpot tab frames the preview for the user and language picked
// in its header; the cards work from the keyboard; the axe check is shown to
// catch a planted violation inside the preview.
const { useSession } = require('./support/session');
const { elementScreenshot, signIn, seriousViolations, screenshot } = require('./support/browser');
const { eventually, expectText } = require('./support/lightning');
const { byTestId, card, cardTitle, expectSaved, openCompanyCard, openPreview, settled } = require('./support/hubspot');

const session = useSession();
let page;
let workbench;
let browser;

beforeAll(async () => {
    ({ workbench, browser } = session);
    page = await browser.newPage();
});

const COMPANY_CARDS = [
    ['diagnosis', 'ma_diagnosis_card'],
    ['plan', 'ma_plan_card'],
    ['definitions', 'ma_definitions_card'],
    ['kpis', 'ma_funnel_kpis_card'],
];

/** The record page of the newest MQL that still scores 70 or more (its lead score card in the sidebar). */
async function openNewestMql() {
    await page.goto(`${workbench.url}hubspot/#/contacts`);
    const rows = page.locator('[data-testid="contacts-table"] tbody tr');
    await rows.first().waitFor();
    const scores = await rows.locator('td:nth-of-type(2)').allInnerTexts();
    const index = scores.findIndex((text) => Number(text) >= 70);
    expect(index).toBeGreaterThanOrEqual(0);
    await rows.nth(index).locator('th a').click();
    const lead = card(page, 'ma_lead_score_card');
    await settled(lead);
    return lead;
}

describe.each(['ja', 'en'])('in %s', (lang) => {
    test.each(COMPANY_CARDS)('the %s card: no serious or critical axe violation, screenshot saved', async (name, uid) => {
        await openPreview(page, workbench.url, { role: 'admin', lang });
        const frame = await openCompanyCard(page, uid);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        await expectText(frame.locator('.hsp-card__title'), new RegExp(await cardTitle(page, uid)));
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `hubspot-${name}-${lang}`, { docs: lang === 'ja' });
    });

    test('the contact list and a contact with its lead score card: no serious or critical axe violation', async () => {
        await openPreview(page, workbench.url, { role: 'insideSales', lang, route: '#/contacts' });
        await page.locator('[data-testid="contacts-table"]').waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `hubspot-contacts-${lang}`);
        const lead = await openNewestMql();
        await byTestId(lead, 'score-total').waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `hubspot-lead-${lang}`, { docs: lang === 'ja' });
        // The rules behind the stored score, as the card explains them (the README shows the Japanese one).
        if (lang === 'ja') await elementScreenshot(byTestId(lead, 'explain'), 'hubspot-lead-why-ja');
    });
});

test('the workbench HubSpot tab frames the preview as the signed-in user, in the chosen language', async () => {
    await signIn(page, workbench.url, { role: 'marketing', lang: 'ja' });
    await page.goto(`${workbench.url}#/hubspot`);
    const frame = page.frameLocator('[data-id="hubspot-frame"]');
    await expectText(frame.locator('[data-testid="preview-banner"]'), /ローカルプレビュー/);
    // The workbench's marketing user is the portal's marketing user, in the marketing team.
    await expectText(frame.locator('[data-testid="preview-user"]'), /佐藤 美咲 · マーケティング/);

    await page.selectOption('[data-id="lang-switch"]', 'en');
    await expectText(page.locator('h1'), /MA maturity workbench/);
    await expectText(frame.locator('[data-testid="preview-banner"]'), /local preview/i);
    // Names and team names are the portal's data, kept as the sample portal spells them.
    await expectText(frame.locator('[data-testid="preview-user"]'), /佐藤 美咲 · マーケティング/);
    expect(await frame.locator('html').getAttribute('lang')).toBe('en');
    expect(browser.errors).toEqual([]);
});

test('from the keyboard alone: open a contact, choose a reject reason, reject the MQL', async () => {
    await openPreview(page, workbench.url, { role: 'insideSales', lang: 'ja', route: '#/contacts' });
    const link = page.locator('[data-testid="contacts-table"] tbody tr th a').nth(1);
    await link.focus();
    await page.keyboard.press('Enter');
    const lead = card(page, 'ma_lead_score_card');
    await settled(lead);
    const reason = byTestId(lead, 'handoff-reason').locator('select');
    await reason.focus();
    await page.keyboard.press('ArrowDown');
    await eventually(async () => expect(await reason.inputValue()).not.toBe(''));
    // The card enables rejecting once it has the reason (its answer comes back from the worker).
    await eventually(async () => expect(await byTestId(lead, 'handoff-reject').isEnabled()).toBe(true));
    // Tab from the reason: accept, then reject.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement.dataset.testid)).toBe('handoff-reject');
    await page.keyboard.press('Enter');
    await expectSaved(lead);
    await expectText(byTestId(lead, 'score-stage'), /差し戻し/);

    // The card's accordions open and close with the keyboard and say so: the explanation starts open, the score inputs closed.
    const why = byTestId(lead, 'explain').locator('.hs-accordion__toggle');
    expect(await why.getAttribute('aria-expanded')).toBe('true');
    await why.focus();
    await page.keyboard.press('Enter');
    expect(await why.getAttribute('aria-expanded')).toBe('false');
    const inputs = byTestId(lead, 'score-inputs').locator('.hs-accordion__toggle');
    await inputs.focus();
    await page.keyboard.press('Enter');
    expect(await inputs.getAttribute('aria-expanded')).toBe('true');
    expect(browser.errors).toEqual([]);
});

test('the accessibility check reports a serious violation planted in the preview', async () => {
    await openPreview(page, workbench.url, { role: 'admin', lang: 'ja' });
    await openCompanyCard(page, 'ma_diagnosis_card');
    // An image without alternative text is a critical axe violation (image-alt).
    await page.evaluate(() => document.querySelector('.hsp-card__body').appendChild(Object.assign(document.createElement('img'), { src: '/favicon.ico' })));
    expect((await seriousViolations(page)).some((v) => v.includes('image-alt'))).toBe(true);
});
