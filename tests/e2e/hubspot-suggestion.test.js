// Issue 14 §2, HubSpot: in the workbench's local preview, the program's admin
// opens the settings page's suggested-model tab, has the real
// ma-suggest-model learn from the sample portal's contacts and their deal
// outcomes (the core's suggestModel on the server), sees the suggestion rule
// by rule with the held-out backtests side by side and the core's verdict
// (here: not an improvement), and, after a confirmation, makes it the next
// draft version (the real
// ma-draft-from-suggestion); the Definitions card then shows that version as
// a draft with the model change in its diff. A member is offered nothing,
// and the functions refuse a member whatever the browser sends.
const { useSession } = require('./support/session');
const { seriousViolations, screenshot } = require('./support/browser');
const { eventually, expectText } = require('./support/lightning');
const { byTestId, openCompanyCard, openPreview } = require('./support/hubspot');

const session = useSession();
let page;

beforeAll(async () => {
    page = await session.browser.newPage();
});

/** The settings page as `role`, on its suggested-model tab. */
async function openSuggestionTab(role, lang = 'ja') {
    await openPreview(page, session.workbench.url, { role, lang, route: '#/settings' });
    const settings = page.locator('[data-testid="settings-page"]');
    await byTestId(settings, 'settings-program').waitFor();
    await settings.getByRole('tab', { name: lang === 'ja' ? '提案モデル' : 'Suggested model' }).click();
    return settings;
}

/** The texts of a table's body rows, cell by cell. */
const rowsOf = (table) => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td, th')].map((c) => c.textContent.trim())));

test('an admin sees the suggestion learned from the portal’s outcomes and makes it the next draft, which the Definitions card shows', async () => {
    const settings = await openSuggestionTab('admin');
    await byTestId(settings, 'suggestion-run').click();
    await byTestId(settings, 'suggestion-verdict').waitFor({ timeout: 120000 });
    expect(session.workbench.output()).toMatch(/\[hubspot\] ma-suggest-model by admin@toho-seiki\.example: ok/);

    // The core's verdict and split, in its words. On this portal the newest
    // contacts held out (the last weeks) have few decided deals yet, so
    // whether the better ranking is beyond chance sits near the core's line
    // (the sample's dates follow today's): the page shows whichever the core
    // answers, and offers the draft as what it is.
    const verdict = byTestId(settings, 'suggestion-verdict');
    await expectText(verdict, /^(改善: 提案モデルの方が成果を見分けています|改善ではありません: 今のモデルを使い続けてください)$/);
    const better = (await verdict.innerText()).trim().startsWith('改善:');
    await expectText(
        byTestId(settings, 'suggestion-verdict-text'),
        better
            ? /^学習に使っていない新しいリード\d+件で、提案モデルは今のモデルより受注するリードを上位に並べました\(AUC [\d.]+ 対 [\d.]+、p [<=] [\d.]+\)。/
            : /^学習に使っていない新しいリード\d+件で、提案モデルは今のモデルを上回りませんでした\(AUC [\d.]+ 対 [\d.]+、p = [\d.]+\)。改善とは言えないため、今のモデルを使い続けてください。$/,
    );
    await expectText(byTestId(settings, 'suggestion-split'), /^学習: .*の \d+件\(受注 \d+件\)。検証: .*の \d+件\(受注 \d+件、学習には使っていません\)。$/);

    // Rule by rule: every rule of the portal's model, points from -> to, with why; then the threshold.
    const rules = await rowsOf(byTestId(settings, 'suggestion-rules'));
    expect(rules.length).toBeGreaterThan(5);
    for (const row of rules.slice(0, -1)) {
        expect(row[2]).toMatch(/^-?\d+$/);
        expect(row[3]).toMatch(/^-?\d+$/);
        expect(row[5]).toMatch(/点数|配点/);
    }
    const threshold = rules[rules.length - 1];
    expect(threshold[0]).toBe('MQL しきい値');
    expect(threshold[3]).toMatch(/^\d+$/);

    // The held-out backtests side by side, the chart drawn, and its sentence for screen readers.
    const backtest = await rowsOf(byTestId(settings, 'suggestion-backtest'));
    expect(backtest[0][0]).toBe('検証したリード');
    expect(backtest[0][1]).toBe(backtest[0][2]);
    const auc = backtest[backtest.length - 1];
    expect(Number(auc[2])).toBeGreaterThan(Number(auc[1]));
    await byTestId(settings, 'suggestion-backtest-chart').waitFor();
    await expectText(byTestId(settings, 'suggestion-backtest-summary'), /^検証期間のリードでの割合\(今のモデル → 提案モデル\): MQL の商談化率: /);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'hubspot-settings-suggestion-ja', { docs: true });

    // The portal's newest definitions are version 2: the suggestion can become version 3, offered as what it
    // is, after a confirmation that repeats the verdict (the three departments' sign-off decides).
    const draft = byTestId(settings, 'suggestion-draft');
    await expectText(draft, better ? /^提案をバージョン 3 の下書きにする$/ : /^改善ではありませんが、提案をバージョン 3 の下書きにする$/);
    await draft.click();
    await expectText(byTestId(settings, 'suggestion-confirm'), /バージョン 2\(.+\)をもとに、提案の点数と MQL しきい値 \d+ を含むバージョン 3 の下書きを作成します/);
    if (better) expect(await byTestId(settings, 'suggestion-confirm-not-better').count()).toBe(0);
    else await expectText(byTestId(settings, 'suggestion-confirm-not-better'), /改善とは言えないため/);
    expect(await seriousViolations(page)).toEqual([]);
    await byTestId(settings, 'suggestion-confirm-yes').click();
    await expectText(byTestId(settings, 'suggestion-draft-done'), /バージョン3の下書きを作成しました/, 30000);
    await expectText(byTestId(settings, 'suggestion-drafted'), /^この提案はバージョン 3\(下書き\)になっています。/);
    expect(await byTestId(settings, 'suggestion-draft').count()).toBe(0);
    const changed = rules.slice(0, -1).find((row) => row[2] !== row[3]);

    // The Definitions card: version 3, a draft, its diff reading the model change rule by rule.
    await openPreview(page, session.workbench.url, { role: 'admin' });
    const definitions = await openCompanyCard(page, 'ma_definitions_card');
    await expectText(byTestId(definitions, 'defs-version'), /3/);
    await expectText(byTestId(definitions, 'defs-state'), /下書き/);
    const diff = await byTestId(definitions, 'defs-diff').innerText();
    expect(diff).toContain(`「${changed[0]}」の点数 ${changed[2]} → ${changed[3]}`);
    expect(diff).toMatch(/MQL しきい値/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(session.browser.errors).toEqual([]);
});

test.each(['ja', 'en'])('a member is offered no suggestion (%s), and the functions refuse them', async (lang) => {
    const settings = await openSuggestionTab('sales', lang);
    await byTestId(settings, 'suggestion-admins-only').waitFor();
    expect(await byTestId(settings, 'suggestion-run').count()).toBe(0);
    expect(await byTestId(settings, 'suggestion-draft').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // What a member could send from the page anyway, as sales: refused by the functions themselves.
    const answers = await page.evaluate(async (language) => {
        const post = async (name, parameters) => {
            const response = await fetch(`/hubspot/api/functions/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-HubSpot-User': '71000004' }, body: JSON.stringify({ parameters }) });
            return (await response.json()).response;
        };
        const program = await post('ma-load-program', { lang: language });
        const { companyId, revision } = program.value;
        return {
            suggest: await post('ma-suggest-model', { companyId, lang: language }),
            draft: await post('ma-draft-from-suggestion', { companyId, suggestion: { model: program.value.program.scoringModel, threshold: { to: 10 } }, expectedRevision: revision, lang: language }),
            revisionBefore: revision,
            revisionAfter: (await post('ma-load-program', { lang: language })).value.revision,
        };
    }, lang);
    expect(answers.suggest).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(answers.draft).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(answers.revisionAfter).toBe(answers.revisionBefore);
    await eventually(async () => expect(session.browser.errors).toEqual([]));
});
