// Scenario 2: the plan is generated from a new diagnosis, a task is marked
// done and progress moves; generating again creates no duplicates.
const { useSession } = require('./support/session');
const { signIn, seriousViolations, screenshot } = require('./support/browser');
const { byDataId, chooseOption, eventually } = require('./support/lightning');
const { saveDiagnosis } = require('./support/flows');

const session = useSession();

test('plan from the diagnosis, a task done moves progress, generating again adds nothing', async () => {
    const page = await session.browser.newPage();
    await signIn(page, session.workbench.url, { role: 'admin' });
    await saveDiagnosis(page, session.workbench.url, [5, 6, 9]);

    await page.goto(`${session.workbench.url}#/plan`);
    const plan = page.locator('c-ma-plan');
    await byDataId(plan, 'progress').waitFor();
    // The sample org holds the plan of the earlier diagnosis (level 2 -> 3).
    const before = await taskKeys(plan);
    expect(before.length).toBeGreaterThan(0);

    await byDataId(plan, 'preview-button').locator('button').click();
    await byDataId(plan, 'preview').waitFor();
    const proposed = await byDataId(plan, 'preview').locator('tbody tr[data-task-key]').evaluateAll((trs) => trs.map((tr) => tr.dataset.taskKey));
    expect(proposed.length).toBeGreaterThan(0);
    expect(proposed.filter((key) => before.includes(key))).toEqual([]);
    await byDataId(plan, 'create').locator('button').click();
    await eventually(async () => expect((await taskKeys(plan)).length).toBe(before.length + proposed.length));

    const percent = async () => Number((await byDataId(plan, 'progress-percent').innerText()).replace(/[^0-9.]/g, ''));
    const progressBefore = await percent();
    const row = plan.locator(`tr[data-task-key="${proposed[0]}"]`).first();
    await chooseOption(page, row.locator('lightning-combobox'), /完了/);
    await eventually(async () => expect(await percent()).toBeGreaterThan(progressBefore));

    // Generating again finds nothing new and creates nothing.
    await byDataId(plan, 'preview-button').locator('button').click();
    await byDataId(plan, 'nothing-new').waitFor();
    const after = await taskKeys(plan);
    expect(after.length).toBe(before.length + proposed.length);
    expect(new Set(after).size).toBe(after.length);

    await page.reload();
    await byDataId(plan, 'progress').waitFor();
    await eventually(async () => expect((await taskKeys(plan)).length).toBe(after.length));
    expect(await percent()).toBeGreaterThan(progressBefore);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'scenario-2-plan-progress');
    expect(session.browser.errors).toEqual([]);
});

function taskKeys(plan) {
    return plan.locator('section[data-transition] tbody tr[data-task-key]').evaluateAll((trs) => trs.map((tr) => tr.dataset.taskKey));
}
