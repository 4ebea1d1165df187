// Scenario 5: every page of the workbench, in Japanese and in English, passes
// axe-core with no serious or critical violation; a screenshot of each page is
// saved (test-artifacts/e2e/, and the Japanese ones to docs/screenshots/ for the README).
const { startWorkbench } = require('./support/workbench');
const { openBrowser, signIn, seriousViolations, screenshot } = require('./support/browser');
const { byDataId, eventually, expectText } = require('./support/lightning');

let workbench;
let browser;
let page;

beforeAll(async () => {
    workbench = await startWorkbench();
    browser = await openBrowser();
    page = await browser.newPage();
}, 600000);

afterAll(async () => {
    if (browser) await browser.close();
    if (workbench) await workbench.stop();
});

// Each page and what shows it has finished loading its data.
const PAGES = [
    { name: 'diagnosis', route: '#/diagnosis', ready: (p) => byDataId(p.locator('c-ma-diagnosis'), 'level') },
    { name: 'plan', route: '#/plan', ready: (p) => byDataId(p.locator('c-ma-plan'), 'progress') },
    { name: 'definitions', route: '#/definitions', ready: (p) => byDataId(p.locator('c-ma-definitions'), 'sign-off-count') },
    { name: 'kpis', route: '#/kpis', ready: (p) => p.locator('c-ma-funnel [data-id="kpi-mql"]') },
    { name: 'leads', route: '#/leads', ready: (p) => p.locator('[data-id="lead-table"] tbody tr').first() },
    { name: 'lead', route: null, ready: (p) => byDataId(p.locator('c-ma-lead-score'), 'handoff-status') },
    { name: 'hubspot', route: '#/hubspot', ready: (p) => p.frameLocator('[data-id="hubspot-frame"]').locator('[data-testid="company-record"]') },
];

async function firstLeadRoute() {
    await page.goto(`${workbench.url}#/leads`);
    const link = page.locator('[data-id="lead-table"] tbody th a').first();
    await link.waitFor();
    return new URL(await link.getAttribute('href'), workbench.url).hash;
}

describe.each(['ja', 'en'])('in %s', (lang) => {
    beforeAll(async () => {
        await signIn(page, workbench.url, { role: 'admin', lang });
    });

    test.each(PAGES.map((p) => [p.name, p]))('%s: no serious or critical axe violation, screenshot saved', async (name, spec) => {
        const route = spec.route || (await firstLeadRoute());
        await page.goto(`${workbench.url}${route}`);
        await spec.ready(page).waitFor({ timeout: 60000 });
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, `${name}-${lang}`, { docs: lang === 'ja' });
    });
});

test('the accessibility check itself reports a serious violation when there is one', async () => {
    await signIn(page, workbench.url, { role: 'admin', lang: 'ja' });
    await page.goto(`${workbench.url}#/hubspot`);
    await page.locator('[data-id="hubspot-preview"]').waitFor();
    // An image without alternative text is a critical axe violation (image-alt).
    await page.evaluate(() => document.body.appendChild(Object.assign(document.createElement('img'), { src: '/favicon.ico' })));
    expect((await seriousViolations(page)).some((v) => v.includes('image-alt'))).toBe(true);
});

test('the language switch reloads the page in the other language', async () => {
    await signIn(page, workbench.url, { role: 'admin', lang: 'ja' });
    await page.goto(`${workbench.url}#/kpis`);
    await page.locator('c-ma-funnel [data-id="kpi-mql"]').waitFor();
    await page.selectOption('[data-id="lang-switch"]', 'en');
    await expectText(page.locator('h1'), /MA maturity workbench/);
    await eventually(async () => expect(await page.locator('c-ma-funnel').innerText()).toMatch(/MQL/));
    expect(await page.evaluate(() => window.location.hash)).toBe('#/kpis');
    expect(browser.errors).toEqual([]);
});
