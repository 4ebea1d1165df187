// The HubSpot app's settings page in the workbench's local preview, as the
// program's admin and as a member. The admin maps a user to one more
// department (and that user's Definitions card then offers it), and starts
// a bulk rescoring of every contact, whose progress the page shows step by
// step to the end (each step given time for one page of 100 contacts,
// MA_RESCORE_BUDGET_MS, so the steps can be seen); a member sees the same
// page read-only, and the server refuses the writes the page does not offer
// them, whatever their browser sends.
const { useSession } = require('./support/session');
const { seriousViolations, screenshot } = require('./support/browser');
const { eventually, expectText } = require('./support/lightning');
const { byTestId, openCompanyCard, openPreview } = require('./support/hubspot');

const session = useSession({ env: { MA_RESCORE_BUDGET_MS: '1' } });
let page;
let workbench;
let browser;

const USERS = { admin: '71000001', marketing: '71000002', insideSales: '71000003', sales: '71000004' };

beforeAll(async () => {
    ({ workbench, browser } = session);
    page = await browser.newPage();
});

/** The settings page as `role`, drawn and loaded. */
async function openSettings(role, lang = 'ja') {
    await openPreview(page, workbench.url, { role, lang, route: '#/settings' });
    const settings = page.locator('[data-testid="settings-page"]');
    await byTestId(settings, 'settings-program').waitFor();
    return settings;
}

/** A tab of the page by its title. */
async function openTab(settings, title) {
    await settings.getByRole('tab', { name: title }).click();
}

/** What a function answers the signed-in user of this page, called from the page itself (as a forged request would be). */
function callFromPage(name, parameters, userId) {
    return page.evaluate(
        async ([fn, params, user]) => {
            const response = await fetch(`/hubspot/api/functions/${fn}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-HubSpot-User': user }, body: JSON.stringify({ parameters: params }) });
            return (await response.json()).response;
        },
        [name, parameters, userId]
    );
}

test('an admin maps marketing to inside sales too: saved, and marketing’s Definitions card signs for both', async () => {
    const settings = await openSettings('admin');
    expect(await byTestId(settings, 'settings-read-only').count()).toBe(0);
    // The sample's mapping: one department each, the admin an admin.
    expect(await byTestId(settings, `access-${USERS.marketing}-marketing`).locator('input').isChecked()).toBe(true);
    expect(await byTestId(settings, `access-${USERS.admin}-admin`).locator('input').isChecked()).toBe(true);
    const box = byTestId(settings, `access-${USERS.marketing}-insideSales`).locator('input');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await eventually(async () => expect(await box.isChecked()).toBe(true));
    await byTestId(settings, 'access-save').click();
    await byTestId(settings, 'access-saved').waitFor({ timeout: 30000 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'hubspot-settings-ja', { docs: true });

    await page.reload();
    const again = page.locator('[data-testid="settings-page"]');
    await byTestId(again, 'settings-program').waitFor();
    await eventually(async () => expect(await byTestId(again, `access-${USERS.marketing}-insideSales`).locator('input').isChecked()).toBe(true));

    // Signing follows the mapping: marketing now holds two departments.
    await openPreview(page, workbench.url, { role: 'marketing' });
    const definitions = await openCompanyCard(page, 'ma_definitions_card');
    await expectText(byTestId(definitions, 'defs-you-sign-for'), /マーケティング、インサイドセールス/);
    expect(browser.errors).toEqual([]);
});

test('an admin starts a bulk rescoring of every contact: confirmed first, its progress shown to the end', async () => {
    const settings = await openSettings('admin');
    await openTab(settings, '再スコアリング');
    // The sample portal was rescored by the admin when it was set up.
    await expectText(byTestId(settings, 'rescore-state'), /完了/);
    const before = await byTestId(settings, 'rescore-progress').innerText();
    expect(before).toMatch(/800 \/ 800 件/);
    // Every value the progress bar shows from now on.
    await page.evaluate(() => {
        const bar = document.querySelector('[data-testid="rescore-progress"] [role="progressbar"]');
        window.__progress = [];
        new MutationObserver(() => window.__progress.push(Number(bar.getAttribute('aria-valuenow')))).observe(bar, { attributes: true, attributeFilter: ['aria-valuenow'] });
    });
    await byTestId(settings, 'rescore-start').click();
    await byTestId(settings, 'rescore-confirm').waitFor();
    await byTestId(settings, 'rescore-confirm-yes').click();
    // A new run: started now by the admin, every contact processed, none failed.
    await eventually(async () => expect(await byTestId(settings, 'rescore-progress').innerText()).not.toBe(before), 30000);
    await expectText(byTestId(settings, 'rescore-state'), /完了/, 60000);
    await expectText(byTestId(settings, 'rescore-progress'), /800 \/ 800 件 \(書き込み \d+、新しい MQL \d+、タスク \d+、失敗 0\)/);
    expect(await settings.locator('[role="progressbar"]').getAttribute('aria-valuenow')).toBe('100');
    // The page drove the run one step (one page of contacts) after another: 0 at the start, partway, then all.
    const seen = await page.evaluate(() => window.__progress);
    expect(seen[0]).toBe(0);
    expect(seen.filter((v) => v > 0 && v < 100).length).toBeGreaterThanOrEqual(2);
    expect(seen[seen.length - 1]).toBe(100);
    expect(workbench.output().match(/\[hubspot\] ma-rescore by admin@toho-seiki\.example: ok/g).length).toBeGreaterThanOrEqual(5);
    await expectText(settings.locator('.hs-text--micro').filter({ hasText: '開始' }).first(), /admin@toho-seiki\.example/);
    expect(await byTestId(settings, 'rescore-problems').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'hubspot-settings-rescore-ja', { docs: true });
    expect(browser.errors).toEqual([]);
});

test.each(['ja', 'en'])('a member sees the settings read-only (%s), and the server refuses their writes', async (lang) => {
    const settings = await openSettings('sales', lang);
    await byTestId(settings, 'settings-read-only').waitFor();
    expect(await byTestId(settings, 'access-save').count()).toBe(0);
    expect(await byTestId(settings, `access-${USERS.sales}-sales`).locator('input').isDisabled()).toBe(true);
    await openTab(settings, lang === 'ja' ? '再スコアリング' : 'Rescoring');
    expect(await byTestId(settings, 'rescore-start').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `hubspot-settings-member-${lang}`);

    // The page offers no save; a request sent anyway, as sales, is refused by the function itself.
    const program = await callFromPage('ma-load-program', { lang }, USERS.sales);
    const members = program.value.program.access.members.map((m) => (m.userId === USERS.sales ? { ...m, admin: true, departments: ['marketing', 'insideSales', 'sales'] } : m));
    const save = await callFromPage('ma-save-access', { companyId: program.value.companyId, access: { members }, expectedRevision: program.value.revision, lang }, USERS.sales);
    expect(save).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(save.error.message).toMatch(lang === 'ja' ? /管理者ではない/ : /not an admin/);
    const rescore = await callFromPage('ma-rescore', { companyId: program.value.companyId, action: 'start', lang }, USERS.sales);
    expect(rescore).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Nothing changed.
    const after = await callFromPage('ma-load-program', { lang }, USERS.sales);
    expect(after.value.program.access).toEqual(program.value.program.access);
    expect(after.value.rescore.runId).toBe(program.value.rescore.runId);
    expect(browser.errors).toEqual([]);
});
