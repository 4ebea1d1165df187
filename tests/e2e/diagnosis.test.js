// Scenario 1: an admin answers the checklist, saves, and sees level, gaps,
// failure patterns and the benchmark; after a reload the diagnosis is in the history.
const { useSession } = require('./support/session');
const { signIn, seriousViolations, screenshot } = require('./support/browser');
const { byDataId, eventually, expectText } = require('./support/lightning');
const { saveDiagnosis } = require('./support/flows');

const session = useSession();

test('an admin saves a diagnosis: level, gaps, failure patterns, benchmark, then history after reload', async () => {
    const page = await session.browser.newPage();
    await signIn(page, session.workbench.url, { role: 'admin' });
    await page.goto(`${session.workbench.url}#/diagnosis`);
    const diagnosis = page.locator('c-ma-diagnosis');
    // The sample org's latest diagnosis (two months ago) is level 2, answered by three departments.
    await expectText(byDataId(diagnosis, 'level'), /2/);
    expect(await byDataId(diagnosis, 'trend-table').locator('tbody tr').count()).toBe(2);

    // Each department's sheet gains scoring (5, 6) and shared data (9).
    await saveDiagnosis(page, session.workbench.url, [5, 6, 9]);

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
    expect(session.browser.errors).toEqual([]);
});
