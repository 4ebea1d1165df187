// Issue 14 §2, Salesforce: an admin opens the suggested scoring model the
// component learns in the browser from the sample org's past leads (their
// mapped fields, Tasks and CampaignMembers), sees it beside the model in force
// rule by rule with the held-out backtests side by side (the charts drawn by
// the real Chart.js), and turns it into a new draft version, which the
// definitions page then shows as version N+1 with the model change in its
// diff. A member is offered no suggestion, and the org refuses a member's
// definition version whatever a page sends.
const { useSession } = require('./support/session');
const { signIn, seriousViolations, screenshot } = require('./support/browser');
const { byDataId, eventually, expectText, toasts } = require('./support/lightning');

const session = useSession();

/** The suggestion page as the admin, once the suggestion is made (reading 800 leads with their engagement). */
async function suggestionPage(lang = 'ja') {
    const page = await session.browser.newPage();
    await signIn(page, session.workbench.url, { role: 'admin', lang });
    await page.goto(`${session.workbench.url}#/suggestion`);
    const suggestion = page.locator('c-ma-suggestion');
    await byDataId(suggestion, 'verdict').waitFor({ timeout: 120000 });
    return { page, suggestion };
}

const cellsOf = (row) => row.locator('th, td').evaluateAll((cells) => cells.map((c) => c.textContent.trim()));

test('an admin sees the suggestion beside the model in force, with the held-out backtests, and turns it into draft version 3', async () => {
    const { page, suggestion } = await suggestionPage();
    // The sample's deals follow decision makers and the pricing page: the suggestion is an improvement.
    expect(await byDataId(suggestion, 'verdict').getAttribute('data-improvement')).toBe('true');
    await expectText(byDataId(suggestion, 'verdict-text'), /^学習に使っていない新しいリード\d+件で、提案モデルは今のモデルより受注するリードを上位に並べました/);
    await expectText(byDataId(suggestion, 'split'), /^学習: .*の \d+件\(受注 \d+件\)。検証: .*の \d+件\(受注 \d+件、学習には使っていません\)。$/);

    // Rule by rule: every rule of the program's model, points from -> to, with why.
    const rules = byDataId(suggestion, 'rules');
    const rows = rules.locator('tbody tr[data-rule]');
    expect(await rows.count()).toBe(11);
    const decisionMaker = await cellsOf(rules.locator('tr[data-rule="decision-maker"]'));
    expect(decisionMaker[0]).toBe('役員・部長クラス');
    expect(decisionMaker[2]).toBe('15');
    expect(Number(decisionMaker[3])).toBeGreaterThan(15);
    expect(decisionMaker[5]).toMatch(/^成果との結びつきが今の配点より強いため、点数を上げます。/);
    expect(await rules.locator('tr[data-rule="large-company"]').getAttribute('data-direction')).toBe('down');
    expect(await rules.locator('tr[data-rule="competitor"]').getAttribute('data-kept')).toBe('true');
    const threshold = await cellsOf(rules.locator('tr[data-id="threshold"]'));
    expect(threshold[0]).toBe('MQL しきい値');
    expect(threshold[2]).toBe('65');

    // The held-out backtests side by side, and the charts drawn from the same figures.
    const backtest = byDataId(suggestion, 'backtest');
    const heldOut = await cellsOf(backtest.locator('tr[data-metric="heldOutLeads"]'));
    expect(heldOut[1]).toBe(heldOut[2]);
    expect(Number(heldOut[1])).toBeGreaterThan(100);
    const auc = await cellsOf(backtest.locator('tr[data-metric="auc"]'));
    expect(Number(auc[2])).toBeGreaterThan(Number(auc[1]));
    await eventually(async () => expect(await suggestion.locator('c-ma-chart canvas').count()).toBe(2));
    const drawn = await suggestion.locator('c-ma-chart canvas').evaluateAll((canvases) => canvases.map((c) => window.Chart.getChart(c).data.datasets.map((d) => d.data)));
    const table = await rules.locator('tbody tr[data-rule]').evaluateAll((trs) => trs.map((tr) => [Number(tr.querySelector('[data-id="from"]').textContent), Number(tr.querySelector('[data-id="to"]').textContent)]));
    expect(drawn[0]).toEqual([table.map((r) => r[0]), table.map((r) => r[1])]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'suggestion-ja', { docs: true });

    // The sample's newest version is v2 (in review): the suggestion becomes v3, after a confirmation.
    const draft = byDataId(suggestion, 'draft');
    await expectText(draft, /^提案をバージョン 3 の下書きにする$/);
    await draft.locator('button').click();
    await expectText(byDataId(suggestion, 'confirm'), /バージョン 2\(レビュー中\)をもとに、提案の点数と MQL しきい値 \d+ を含むバージョン 3 の下書きを作成します/);
    expect(await seriousViolations(page)).toEqual([]);
    await byDataId(suggestion, 'confirm-draft').locator('button').click();
    await expectText(byDataId(suggestion, 'drafted'), /^この提案はバージョン 3\(下書き\)になっています。/);
    expect(await toasts(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^success: .*バージョン3の下書きを作成しました/)]));
    const suggestedDecisionMaker = decisionMaker[3];

    // The definitions page: v3 is a draft with no signatures, and its diff reads the model change rule by rule.
    await page.goto(`${session.workbench.url}#/definitions`);
    const definitions = page.locator('c-ma-definitions');
    await expectText(byDataId(definitions, 'version'), /^3$/);
    expect(await byDataId(definitions, 'state').getAttribute('data-state')).toBe('draft');
    await expectText(byDataId(definitions, 'sign-off-count'), /3部門中0部門/);
    const diff = await byDataId(definitions, 'diff').locator('li').allInnerTexts();
    expect(diff).toEqual(
        expect.arrayContaining([
            'スコアリングモデルをこの定義に含めて合意します(ルール11件)',
            `スコアリング: 「役員・部長クラス」の点数 15 → ${suggestedDecisionMaker}`,
            expect.stringMatching(/^スコアリング: MQL しきい値の目安 65 → \d+$/),
        ]),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'suggestion-definitions-v3-ja');
    expect(session.browser.errors).toEqual([]);
});

test('in English, the suggestion reads in English and stays accessible', async () => {
    const { page, suggestion } = await suggestionPage('en');
    await expectText(byDataId(suggestion, 'verdict-text'), /^On the \d+ newest leads, held out of the fit/);
    const header = await byDataId(suggestion, 'rules').locator('thead th').allInnerTexts();
    expect(header).toEqual(['Rule', 'Kind', 'Current points', 'Suggested', 'Change', 'Why']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'suggestion-en');
});

test('a member is offered no suggestion, and the org refuses their new definition version', async () => {
    const page = await session.browser.newPage();
    await signIn(page, session.workbench.url, { role: 'marketing' });
    await page.goto(`${session.workbench.url}#/definitions`);
    await page.locator('c-ma-definitions [data-id="version"]').waitFor();
    expect(await page.locator('[data-nav="suggestion"]').count()).toBe(0);
    await page.goto(`${session.workbench.url}#/suggestion`);
    await page.locator('c-ma-suggestion').waitFor({ state: 'attached' });
    expect((await page.locator('c-ma-suggestion').innerText()).trim()).toBe('');
    // What a member could send from the browser's console: refused by the object permission.
    const refused = await page.evaluate(async () => {
        const config = JSON.parse(document.getElementById('wb-config').textContent);
        const user = config.users[window.localStorage.getItem('wb.role')];
        const response = await fetch('/services/data/v62.0/ui-api/records', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Workbench-User': user.id, 'X-Workbench-Lang': 'en' },
            body: JSON.stringify({ apiName: 'MA_Definition_Set__c', fields: { Name: 'v9', Version__c: 9, State__c: 'draft', Definitions__c: '{}' } }),
        });
        return { status: response.status, body: await response.json() };
    });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toMatch(/INSUFFICIENT_ACCESS|insufficient access/i);
    // The browser logs the refused request itself; nothing else went wrong.
    expect(session.browser.errors.filter((e) => !/status of 403/.test(e))).toEqual([]);
});
