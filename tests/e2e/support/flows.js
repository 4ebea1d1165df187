// Steps several scenarios share, done through the components as a user would.
const { chooseOption, byDataId, eventually, toasts } = require('./lightning');

/** Ticks `items` on every department's sheet of the diagnosis page and saves; resolves when the save is confirmed. */
async function saveDiagnosis(page, url, items, departments = ['マーケティング', 'インサイドセールス', '営業']) {
    await page.goto(`${url}#/diagnosis`);
    const diagnosis = page.locator('c-ma-diagnosis');
    await byDataId(diagnosis, 'level').waitFor();
    for (const department of departments) {
        await chooseOption(page, byDataId(diagnosis, 'respondent'), new RegExp(department));
        for (const item of items) {
            const name = new RegExp(`^${item}\\. `);
            const box = diagnosis.getByRole('checkbox', { name });
            // SLDS draws the box over a visually hidden input: a user clicks the label.
            if (!(await box.isChecked())) await diagnosis.locator('label').filter({ hasText: name }).click();
            await eventually(async () => expect(await box.isChecked()).toBe(true));
        }
    }
    const before = (await toasts(page)).length;
    await byDataId(diagnosis, 'save').locator('button').click();
    await eventually(async () => {
        const now = await toasts(page);
        expect(now.length).toBeGreaterThan(before);
        expect(now[now.length - 1]).toMatch(/^success/);
    });
    return diagnosis;
}

module.exports = { saveDiagnosis };
