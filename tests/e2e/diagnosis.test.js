// Scenario 1: an admin answers the checklist, saves, and sees level, gaps,
// failure patterns and the benchmark; after a reload the diagnosis is in the history.
const { startWorkbench } = require('./support/workbench');
const { openBrowser, signIn, seriousViolations, screenshot } = require('./support/browser');
const { byDataId, eventually, expectText } = require('./support/lightning');
const { saveDiagnosis } = require('./support/flows');

let workbench;
let browser;

beforeAll(async () => {
    workbench = await startWorkbench();
    browser = await openBrowser();
}, 600000);

afterAll(async () => {
    if (browser) await browser.close();
    if (workbench) await workbench.stop();
});

test('an admin saves a diagnosis: level, gaps, failure patterns, benchmark, then history after reload', async () => {
    const page = await browser.newPage();
    await signIn(page, workbench.url, { role: 'admin' });
    await page.goto(`${workbench.url}#/diagnosis`);
    const diagnosis = page.locator('c-ma-diagnosis');
    // The sample org's latest diagnosis (two months ago) is level 2, answered by three departments.
    await expectText(byDataId(diagnosis, 'level'), /2/);
    expect(await byDataId(diagnosis, 'trend-table').locator('tbody tr').count()).toBe(2);

    // Each department's sheet gains scoring (5, 6) and shared data (9).
    await saveDiagnosis(page, workbench.url, [5, 6, 9]);

    // Consensus: 1-7 and 9 are checked by a majority: eight checks, level 3.
    await expectText(byDataId(diagnosis, 'level'), /3/);
    await expectText(byDataId(diagnosis, 'checked-count'), /^8$/);
    const gaps = await byDataId(diagnosis, 'gaps').locator('li').allInnerTexts();
    expect(gaps.some((g) => g.startsWith('10.'))).toBe(true);
    expect(gaps.some((g) => g.startsWith('5.'))).toBe(false);
    expect(await byDataId(diagnosis, 'failure-patterns').locator('li').count()).toBeGreaterThan(0);
    expect((await byDataId(diagnosis, 'benchmark').innerText()).trim().length).toBeGreaterThan(0);

    await page.reload();
    await eventually(async () => expect(await byDataId(diagnosis, 'trend-table').locator('tbody tr').count()).toBe(3));
    await expectText(byDataId(diagnosis, 'level'), /3/);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-1-diagnosis-saved');
    expect(browser.errors).toEqual([]);
});
