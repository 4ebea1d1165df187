// The settings page's suggested model (issue 14 §2): an admin asks for a
// suggestion learned from the program's deal outcomes (ma-suggest-model,
// answered here by the core's own suggestModel on a generated history), sees
// it rule by rule beside the model in force with the held-out backtests side
// by side, and, after a confirmation, makes it the next draft version of the
// definitions (ma-draft-from-suggestion, with the revision the page read).
// A suggestion that is no improvement is said to be none, and offered as a
// draft only as such; a history with too few outcomes is the core's refusal; a member is offered
// nothing, and a refusal by the server is shown as the server words it.
import { Alert, BarChart, Button, LoadingSpinner, Select, StatusTag, Table, TableBody, TableCell, TableRow, Text } from '@hubspot/ui-extensions';
import { allText, fire, tableBody } from '../cards/helpers';
import { ok, PROGRAM, setup, type Answer } from './page';
import { CURRENT_MODEL, suggestAnswer } from './suggestions';

/** The sample's newest definitions: version 2, in review, with no model agreed yet. */
const WITH_DEFINITIONS = { ...PROGRAM, definitions: { current: { version: 2, state: 'in_review', model: null }, inForce: null } };

type Page = ReturnType<typeof setup>;
const rowsOf = (page: Page, testId: string) => tableBody(page.findByTestId(Table, testId).find(TableBody) as never, TableRow, TableCell);

/** Opens the page as an admin and asks for a suggestion; answers once it is drawn. */
async function suggested(answers: Parameters<typeof setup>[0], locale = 'en-us') {
  const page = setup({ 'ma-load-program': ok(WITH_DEFINITIONS), ...answers }, locale);
  await page.waitFor(() => page.findByTestId(Button, 'suggestion-run'));
  page.findByTestId(Button, 'suggestion-run').trigger('onClick');
  return page;
}

describe('the suggested model on the settings page', () => {
  it('shows the suggestion rule by rule beside the model in force, with why, the verdict and the held-out backtests side by side', async () => {
    const answer = suggestAnswer();
    let release: (a: Answer) => void = () => {};
    const page = await suggested({ 'ma-suggest-model': (() => new Promise<Answer>((resolve) => (release = resolve))) as never });
    await page.waitFor(() => page.findByTestId(LoadingSpinner, 'suggestion-loading'));
    release(ok(answer));
    await page.waitFor(() => page.findByTestId(StatusTag, 'suggestion-verdict'));
    expect(page.of('ma-suggest-model')[0]!.parameters).toEqual({ companyId: '900', target: 'won', lang: 'en' });
    expect(() => page.findByTestId(LoadingSpinner, 'suggestion-loading')).toThrow();

    const s = answer.suggestion!;
    expect(page.findByTestId(StatusTag, 'suggestion-verdict').props.variant).toBe('success');
    expect(page.findByTestId(StatusTag, 'suggestion-verdict').text).toBe('An improvement: the suggested model tells the outcomes apart better');
    expect(page.findByTestId(Text, 'suggestion-verdict-text').text).toBe(s.evaluation.verdict);
    expect(page.findByTestId(Text, 'suggestion-split').text).toBe(
      `Learned from 490 leads of 2025-11-01 to 2026-07-10 (Won deals: ${s.split.fit.positives}). Judged on 210 leads of 2026-07-10 to 2026-10-26 (Won deals: ${s.split.heldOut.positives}), not used for learning.`,
    );

    // Every rule of the model in force, by its label, then the threshold: points from -> to, the change and the core's reason.
    const rows = rowsOf(page, 'suggestion-rules');
    expect(rows.map((r) => r[0])).toEqual(['Manager title', '500+ employees', 'Form submission', 'email-open', 'MQL threshold']);
    const manager = s.changes.find((c) => c.rule === 'manager-title')!;
    expect(manager.to).toBeGreaterThan(manager.from);
    expect(rows[0]).toEqual(['Manager title', 'Fit', '10', String(manager.to), `+${manager.to - 10}`, manager.why]);
    expect(manager.why).toMatch(/^Raised: /);
    const large = s.changes.find((c) => c.rule === 'large-company')!;
    expect(rows[1]!.slice(1, 5)).toEqual(['Fit', '20', String(large.to), `−${20 - large.to}`]);
    expect(rows[3]![1]).toBe('Engagement');
    expect(rows[4]!.slice(2, 4)).toEqual(['30', String(s.threshold.to)]);
    expect(rows[4]![5]).toBe(s.threshold.why);

    // The held-out backtests side by side: the table, and a chart drawn from the same rates, with a sentence for screen readers.
    const backtest = rowsOf(page, 'suggestion-backtest');
    expect(backtest[0]).toEqual(['Held-out leads', '210', '210']);
    expect(backtest.find((r) => r[0] === 'MQL opportunity rate')).toEqual([
      'MQL opportunity rate',
      `${(Math.round(s.backtest.current.mql.opportunityRate! * 1000) / 10).toFixed(1)}%`,
      `${(Math.round(s.backtest.suggested.mql.opportunityRate! * 1000) / 10).toFixed(1)}%`,
    ]);
    expect(backtest.at(-1)).toEqual(['AUC (how well it tells outcomes apart; 0.5 is chance)', s.evaluation.current.toFixed(3), s.evaluation.suggested.toFixed(3)]);
    const bars = page.findByTestId(BarChart, 'suggestion-backtest-chart').props.data as { metric: string; rate: number; model: string }[];
    expect(bars.filter((b) => b.metric === 'MQL opportunity rate').map((b) => [b.model, `${b.rate.toFixed(1)}%`])).toEqual([
      ['Current model', backtest[4]![1]],
      ['Suggested model', backtest[4]![2]],
    ]);
    expect(page.findByTestId(Text, 'suggestion-backtest-summary').text).toBe(
      `Shares on the held-out leads (current model → suggested model): MQL opportunity rate: ${backtest[4]![1]} → ${backtest[4]![2]}; Share of MQLs won: ${backtest[5]![1]} → ${backtest[5]![2]}; Share of non-MQLs won: ${backtest[6]![1]} → ${backtest[6]![2]}`,
    );
    expect(page.findByTestId(Button, 'suggestion-draft').text).toBe('Make the suggestion draft version 3');
    expect(page.findByTestId(Button, 'suggestion-draft').props.variant).toBe('primary');
  });

  it('learns from opportunities when asked, and asks again for the new target', async () => {
    const page = await suggested({ 'ma-suggest-model': (p) => ok(suggestAnswer({ target: p.target as 'won' | 'opportunity' })) });
    await page.waitFor(() => page.findByTestId(StatusTag, 'suggestion-verdict'));
    fire(page.findByTestId(Select, 'suggestion-target'), 'onChange', 'opportunity');
    // The suggestion shown was learned for the other target: it goes.
    await page.waitFor(() => expect(() => page.findByTestId(StatusTag, 'suggestion-verdict')).toThrow());
    page.findByTestId(Button, 'suggestion-run').trigger('onClick');
    await page.waitFor(() => expect(page.findByTestId(Text, 'suggestion-verdict-text').text).toMatch(/the leads that became opportunities higher/));
    expect(page.of('ma-suggest-model').map((c) => c.parameters.target)).toEqual(['won', 'opportunity']);
    expect(page.findByTestId(Text, 'suggestion-split').text).toMatch(/\(Opportunities: \d+\)/);
  });

  it('says a suggestion that does not beat the model in force is no improvement, and offers it as a draft only as what it is', async () => {
    const answer = suggestAnswer({ signal: false });
    const s = answer.suggestion!;
    expect(s.improvement).toBe(false);
    const page = await suggested({ 'ma-suggest-model': ok(answer), 'ma-draft-from-suggestion': ok({ revision: 8, definitions: { current: { version: 3, state: 'draft' }, inForce: null } }) });
    await page.waitFor(() => page.findByTestId(StatusTag, 'suggestion-verdict'));
    expect(page.findByTestId(StatusTag, 'suggestion-verdict').props.variant).toBe('warning');
    expect(page.findByTestId(StatusTag, 'suggestion-verdict').text).toBe('Not an improvement: keep the current model');
    expect(page.findByTestId(Text, 'suggestion-verdict-text').text).toMatch(/not an improvement; keep the current model\.$/);
    // Still shown for review, rule by rule and side by side.
    expect(rowsOf(page, 'suggestion-rules')).toHaveLength(5);
    expect(rowsOf(page, 'suggestion-backtest')[0]).toEqual(['Held-out leads', '210', '210']);
    // The function takes it as a draft (the departments' sign-off decides), but it is not offered as an improvement.
    const button = page.findByTestId(Button, 'suggestion-draft');
    expect(button.text).toBe('Make it draft version 3 although it is not an improvement');
    expect(button.props.variant).toBe('secondary');
    button.trigger('onClick');
    await page.waitFor(() => page.findByTestId(Text, 'suggestion-confirm-not-better'));
    expect(page.findByTestId(Text, 'suggestion-confirm-not-better').text).toBe(s.evaluation.verdict);
    page.findByTestId(Button, 'suggestion-confirm-yes').trigger('onClick');
    await page.waitFor(() => page.findByTestId(Alert, 'suggestion-draft-done'));
    expect(page.of('ma-draft-from-suggestion')[0]!.parameters.suggestion).toEqual({ model: s.model, threshold: s.threshold });
  });

  it('shows the core’s refusal of a history with too few outcomes, in its words', async () => {
    const answer = suggestAnswer({ count: 120 });
    const page = await suggested({ 'ma-suggest-model': ok(answer) });
    await page.waitFor(() => page.findByTestId(Alert, 'suggestion-not-enough'));
    const refusal = page.findByTestId(Alert, 'suggestion-not-enough');
    expect(refusal.props.title).toBe('Not enough outcomes yet');
    expect(allText(refusal)).toContain(answer.refusal![0]!.message);
    expect(answer.refusal![0]!.message).toMatch(/a suggestion needs at least 50 of each/);
    expect(allText(refusal)).toContain('ma_opportunity_at, ma_won_at');
    expect(() => page.findByTestId(StatusTag, 'suggestion-verdict')).toThrow();
    expect(() => page.findByTestId(Button, 'suggestion-draft')).toThrow();
  });

  it('makes the suggestion the next draft version after a confirmation, with the revision it read, and names the version', async () => {
    const answer = suggestAnswer();
    const s = answer.suggestion!;
    let loads = 0;
    const page = await suggested({
      // Read again after the draft: version 3, a draft carrying the suggested model.
      'ma-load-program': () => {
        loads += 1;
        return ok(loads === 1 ? WITH_DEFINITIONS : { ...WITH_DEFINITIONS, revision: 8, definitions: { current: { version: 3, state: 'draft', model: s.model }, inForce: null } });
      },
      'ma-suggest-model': ok(answer),
      'ma-draft-from-suggestion': ok({ revision: 8, definitions: { current: { version: 3, state: 'draft' }, inForce: null }, diff: [], signOff: { signed: [], missing: ['marketing', 'insideSales', 'sales'] } }),
    });
    await page.waitFor(() => page.findByTestId(Button, 'suggestion-draft'));
    page.findByTestId(Button, 'suggestion-draft').trigger('onClick');
    await page.waitFor(() => page.findByTestId(Alert, 'suggestion-confirm'));
    const confirm = page.findByTestId(Alert, 'suggestion-confirm');
    expect(confirm.props.title).toBe('Make the suggestion a draft of the definitions?');
    expect(allText(confirm)).toContain(`This creates version 3 as a draft from version 2 (In review), with the suggested points and an MQL threshold of ${s.threshold.to}.`);
    expect(() => page.findByTestId(Text, 'suggestion-confirm-not-better')).toThrow();
    expect(page.of('ma-draft-from-suggestion')).toEqual([]);
    // Cancelled, nothing is sent; confirmed, the suggestion goes with the revision read.
    page.findByTestId(Button, 'suggestion-confirm-no').trigger('onClick');
    await page.waitFor(() => expect(() => page.findByTestId(Alert, 'suggestion-confirm')).toThrow());
    page.findByTestId(Button, 'suggestion-draft').trigger('onClick');
    await page.waitFor(() => page.findByTestId(Button, 'suggestion-confirm-yes'));
    page.findByTestId(Button, 'suggestion-confirm-yes').trigger('onClick');
    await page.waitFor(() => page.findByTestId(Alert, 'suggestion-draft-done'));
    expect(page.of('ma-draft-from-suggestion').map((c) => c.parameters)).toEqual([
      { companyId: '900', suggestion: { model: s.model, threshold: s.threshold }, expectedRevision: 7, lang: 'en' },
    ]);
    expect(page.findByTestId(Alert, 'suggestion-draft-done').props.title).toBe('Draft of version 3 created: the three departments sign it on the company’s Lead definitions card.');
    // The page read the program again: the newest version carries this suggestion, so it is not offered twice.
    await page.waitFor(() => expect(page.findByTestId(Text, 'suggestion-drafted').text).toBe('This suggestion is version 3 (Draft). The three departments sign it on the company’s Lead definitions card.'));
    expect(page.findByTestId(Text, 'settings-program').text).toMatch(/revision 8/);
    expect(() => page.findByTestId(Button, 'suggestion-draft')).toThrow();
  });

  it('shows the server’s refusal of a stale revision with the way to load the latest, then drafts with the revision read again', async () => {
    let loads = 0;
    const page = await suggested({
      'ma-load-program': () => {
        loads += 1;
        return ok({ ...WITH_DEFINITIONS, revision: 7 + loads - 1 });
      },
      'ma-suggest-model': ok(suggestAnswer()),
      'ma-draft-from-suggestion': (p) =>
        p.expectedRevision === 7 ? { ok: false, error: { code: 'stale', message: 'you loaded revision 7, the record is now at revision 8' } } : ok({ revision: 9, definitions: { current: { version: 3, state: 'draft' }, inForce: null } }),
    });
    await page.waitFor(() => page.findByTestId(Button, 'suggestion-draft'));
    page.findByTestId(Button, 'suggestion-draft').trigger('onClick');
    await page.waitFor(() => page.findByTestId(Button, 'suggestion-confirm-yes'));
    page.findByTestId(Button, 'suggestion-confirm-yes').trigger('onClick');
    await page.waitFor(() => page.findByTestId(Alert, 'suggestion-draft-stale'));
    const stale = page.findByTestId(Alert, 'suggestion-draft-stale');
    expect(allText(stale)).toContain('you loaded revision 7, the record is now at revision 8');
    expect(() => page.findByTestId(Alert, 'suggestion-draft-done')).toThrow();
    stale.find(Button).trigger('onClick');
    await page.waitFor(() => expect(page.findByTestId(Text, 'settings-program').text).toMatch(/revision 8/));
    // The suggestion stays on the page: drafting again sends the revision just read.
    page.findByTestId(Button, 'suggestion-draft').trigger('onClick');
    await page.waitFor(() => page.findByTestId(Button, 'suggestion-confirm-yes'));
    page.findByTestId(Button, 'suggestion-confirm-yes').trigger('onClick');
    await page.waitFor(() => page.findByTestId(Alert, 'suggestion-draft-done'));
    expect(page.of('ma-draft-from-suggestion').map((c) => c.parameters.expectedRevision)).toEqual([7, 8]);
  });

  it('offers a member no suggestion and no draft', async () => {
    const page = setup({ 'ma-load-program': ok(WITH_DEFINITIONS), 'ma-current-user': ok({ admin: false, userId: '5', email: 'rep@example.com' }) }, 'ja-jp');
    await page.waitFor(() => page.findByTestId(Alert, 'suggestion-admins-only'));
    expect(page.findByTestId(Alert, 'suggestion-admins-only').props.title).toBe('提案モデルはプログラムの管理者だけが作成できます(プログラムのすべてのコンタクトを読むため)。');
    for (const id of ['suggestion-run', 'suggestion-draft']) expect(() => page.findByTestId(Button, id)).toThrow();
    expect(page.of('ma-suggest-model')).toEqual([]);
  });

  it('shows the server’s refusal as it words it, when the server no longer takes the caller for an admin', async () => {
    const forbidden = (message: string): Answer => ({ ok: false, error: { code: 'forbidden', message } });
    const page = await suggested({ 'ma-suggest-model': forbidden('rep@example.com is not an admin of this program') });
    await page.waitFor(() => page.findByTestId(Alert, 'suggestion-error'));
    expect(page.findByTestId(Alert, 'suggestion-error').props.title).toBe('No suggestion could be made');
    expect(allText(page.findByTestId(Alert, 'suggestion-error'))).toContain('rep@example.com is not an admin of this program');

    const drafting = await suggested({ 'ma-suggest-model': ok(suggestAnswer()), 'ma-draft-from-suggestion': forbidden('only an admin of the program may draft the definitions') });
    await drafting.waitFor(() => drafting.findByTestId(Button, 'suggestion-draft'));
    drafting.findByTestId(Button, 'suggestion-draft').trigger('onClick');
    await drafting.waitFor(() => drafting.findByTestId(Button, 'suggestion-confirm-yes'));
    drafting.findByTestId(Button, 'suggestion-confirm-yes').trigger('onClick');
    await drafting.waitFor(() => drafting.findByTestId(Alert, 'suggestion-draft-error'));
    expect(allText(drafting.findByTestId(Alert, 'suggestion-draft-error'))).toContain('only an admin of the program may draft the definitions');
    expect(() => drafting.findByTestId(Alert, 'suggestion-draft-done')).toThrow();
  });

  it('reads in Japanese, with the rule labels of the model in force', async () => {
    const page = await suggested({ 'ma-suggest-model': ok(suggestAnswer({ lang: 'ja' })) }, 'ja-jp');
    await page.waitFor(() => page.findByTestId(StatusTag, 'suggestion-verdict'));
    expect(page.of('ma-suggest-model')[0]!.parameters.lang).toBe('ja');
    expect(page.findByTestId(StatusTag, 'suggestion-verdict').text).toBe('改善: 提案モデルの方が成果を見分けています');
    expect(page.findByTestId(Text, 'suggestion-split').text).toMatch(/^学習: 2025-11-01〜2026-07-10 の 490件\(受注 \d+件\)。検証: 2026-07-10〜2026-10-26 の 210件\(受注 \d+件、学習には使っていません\)。$/);
    const rows = rowsOf(page, 'suggestion-rules');
    expect(rows.map((r) => r[0])).toEqual([CURRENT_MODEL.fit[0]!.label!.ja, '従業員500人以上', 'フォーム送信', 'email-open', 'MQL しきい値']);
    expect(rows[0]![1]).toBe('属性');
    expect(rows[0]![5]).toMatch(/点数を上げます/);
    expect(page.findByTestId(Button, 'suggestion-draft').text).toBe('提案をバージョン 3 の下書きにする');
  });

  it('says there is nothing to draft onto while the program has no definitions', async () => {
    const page = setup({ 'ma-suggest-model': ok(suggestAnswer()) });
    await page.waitFor(() => page.findByTestId(Button, 'suggestion-run'));
    page.findByTestId(Button, 'suggestion-run').trigger('onClick');
    await page.waitFor(() => page.findByTestId(Text, 'suggestion-no-definitions'));
    expect(() => page.findByTestId(Button, 'suggestion-draft')).toThrow();
  });
});
