import { parseScoringModel, type ScoringModel } from '../../src/rules';
import { suggestModel, type ModelSuggestion } from '../../src/rules/learn';
import { compareAuc, auc } from '../../src/rules/suggest/auc';
import { fitLogistic } from '../../src/rules/suggest/logistic';
import { thresholdForPrecision, thresholdForVolume } from '../../src/rules/suggest/threshold';
import { random } from '../../bench/population';
import { issuesOf, valueOf } from './helpers';
import { CURRENT_MODEL, outcomeHistory } from './outcomeHistory';

const change = (s: ModelSuggestion, rule: string) => {
  const c = s.changes.find((x) => x.rule === rule);
  if (!c) throw new Error(`no change for ${rule}`);
  return c;
};

/** The model with every point and the MQL threshold blanked: what must not change. */
const shape = (m: ScoringModel) => ({
  ...m,
  fit: m.fit.map((r) => ({ ...r, points: 0 })),
  engagement: m.engagement.map((r) => ({ ...r, points: 0 })),
  thresholds: { ...m.thresholds, mql: 0 },
});

describe('a suggestion learned from a history where budget and demo requests win deals', () => {
  const history = { leads: outcomeHistory({ leads: 2000, seed: 1, signal: true }) };
  const s = valueOf(suggestModel(CURRENT_MODEL, history, { lang: 'en' }));

  it('raises the rules that predict wins and lowers the ones that are noise', () => {
    expect(change(s, 'budget').to).toBeGreaterThan(change(s, 'budget').from);
    expect(change(s, 'demo').to).toBeGreaterThan(change(s, 'demo').from);
    expect(change(s, 'newsletter').to).toBeLessThan(change(s, 'newsletter').from);
    expect(change(s, 'blog').to).toBeLessThan(change(s, 'blog').from);
    expect(s.changes.map((c) => [c.rule, c.whyKey])).toEqual([
      ['budget', 'suggest.why.raised'],
      ['newsletter', 'suggest.why.lowered'],
      ['partner', 'suggest.why.tooFew'],
      ['demo', 'suggest.why.raised'],
      ['blog', 'suggest.why.lowered'],
    ]);
    expect(change(s, 'budget').why).toMatch(/^Raised: .*Of the leads it counted for, \d+\.\d% were won; of the others, \d+\.\d%/);
  });

  it('keeps the points of a rule with too little evidence and says so', () => {
    const partner = change(s, 'partner');
    expect(partner).toMatchObject({ from: 10, to: 10, basis: 'kept', weight: null });
    expect(partner.evidence.counted).toBeLessThan(30);
    expect(partner.why).toBe(`Kept: it counted for only ${partner.evidence.counted} leads in the fit period; 30 are needed to judge it.`);
  });

  it('is a valid model with the same rules, conditions, decay, caps and grades: only points and the MQL threshold change', () => {
    expect(parseScoringModel(s.model).ok).toBe(true);
    expect(shape(s.model)).toEqual(shape(valueOf(parseScoringModel(CURRENT_MODEL))));
    expect(s.model.thresholds?.mql).toBe(s.threshold.to);
    expect(s.threshold.from).toBe(20);
    expect(s.changes.map((c) => c.to)).toEqual([...s.model.fit, ...s.model.engagement].map((r) => r.points));
    for (const c of s.changes) expect(Number.isInteger(c.to)).toBe(true);
  });

  it('fits on the older leads and judges on the newer ones only, and shows the split', () => {
    expect(s.split.fit.leads + s.split.heldOut.leads).toBe(2000);
    expect(s.split.heldOut.leads).toBe(600);
    expect(Date.parse(s.split.fit.to)).toBeLessThanOrEqual(Date.parse(s.split.heldOut.from));
    expect(s.backtest.current.leads).toBe(600);
    expect(s.backtest.suggested.leads).toBe(600);
    expect(s.backtest.current.won).toBe(s.split.heldOut.positives);
    expect(s.evaluation.leads).toBe(600);
  });

  it('claims an improvement only because the held-out ranking is better beyond chance', () => {
    expect(s.evaluation.suggested).toBeGreaterThan(s.evaluation.current);
    expect(s.evaluation.pValue).toBeLessThan(0.01);
    expect(s.improvement).toBe(true);
    expect(s.evaluation).toMatchObject({ metric: 'auc', improvement: true, verdictKey: 'suggest.verdict.better' });
    expect(s.evaluation.verdict).toMatch(/^On the 600 newest leads, held out of the fit, the suggestion ranks the leads that were won higher/);
  });

  it('keeps the MQL volume of the current threshold by default, chosen on the fit period', () => {
    expect(s.threshold.basis).toBe('current-volume');
    expect(s.threshold.why).toMatch(/^Gives as many MQLs in the fit period as the current threshold \(\d[\d,]* of 1,400 leads\)\.$/);
    // About the same number of held-out MQLs, so the two backtests compare like with like.
    expect(Math.abs(s.backtest.suggested.mql.count - s.backtest.current.mql.count)).toBeLessThan(120);
  });

  it('chooses the threshold for an asked MQL volume or precision instead', () => {
    const byVolume = valueOf(suggestModel(CURRENT_MODEL, history, { targetMqlVolume: 500 }));
    expect(byVolume.threshold.basis).toBe('volume');
    // 500 of 2,000 leads is a quarter: about 350 of the 1,400 fit-period leads.
    expect(byVolume.backtest.suggested.mql.count).toBeGreaterThan(100);
    expect(byVolume.backtest.suggested.mql.count).toBeLessThan(200);
    const byPrecision = valueOf(suggestModel(CURRENT_MODEL, history, { targetPrecision: 0.5, lang: 'en' }));
    expect(byPrecision.threshold.basis).toBe('precision');
    expect(byPrecision.threshold.why).toMatch(/^The lowest threshold at which at least 50\.0% of the MQLs were won in the fit period/);
    expect(byPrecision.threshold.to).toBeGreaterThan(byVolume.threshold.to);
  });

  it('learns opportunities when asked, and writes its reasons in Japanese by default', () => {
    const o = valueOf(suggestModel(CURRENT_MODEL, history, { target: 'opportunity' }));
    expect(o.target).toBe('opportunity');
    expect(o.split.fit.positives).toBe(history.leads.slice(0, 1400).filter((l) => l.opportunity).length);
    expect(change(o, 'budget').why).toMatch(/^成果との結びつきが今の配点より強いため、点数を上げます。このルールが効いたリードの\d+\.\d%が商談化/);
  });

  it('gives the same suggestion every time (no randomness)', () => {
    expect(suggestModel(CURRENT_MODEL, history, { lang: 'en' })).toEqual(suggestModel(CURRENT_MODEL, history, { lang: 'en' }));
  });
});

describe('a suggestion from a history without signal', () => {
  it.each([1, 2, 3])('claims no improvement (seed %i)', (seed) => {
    const s = valueOf(suggestModel(CURRENT_MODEL, { leads: outcomeHistory({ leads: 2000, seed, signal: false }) }, { lang: 'en' }));
    expect(s.improvement).toBe(false);
    expect(s.evaluation.pValue).toBeGreaterThanOrEqual(0.01);
    expect(s.evaluation.verdictKey).toBe('suggest.verdict.notBetter');
    expect(s.evaluation.verdict).toMatch(/not an improvement; keep the current model\.$/);
  });
});

describe('refusals', () => {
  it('refuses too few outcomes, naming what is missing', () => {
    const few = { leads: outcomeHistory({ leads: 600, seed: 4, signal: false, winRate: 0.04 }) };
    const issues = issuesOf(suggestModel(CURRENT_MODEL, few));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'history', code: 'too_few_outcomes' });
    expect(issues[0]?.message).toMatch(/^\d+ of 600 leads were won and \d+ did not; a suggestion needs at least 50 of each; give a longer history, or target opportunities \(\d+ leads became one\)$/);
  });

  it('refuses a held-out part without enough outcomes to judge the suggestion', () => {
    const leads = outcomeHistory({ leads: 1000, seed: 5, signal: true }).map((l, i) => (i >= 700 ? { ...l, won: false } : l));
    const issues = issuesOf(suggestModel(CURRENT_MODEL, { leads }));
    expect(issues).toEqual([
      { path: 'holdOut', code: 'too_few_outcomes', message: 'the held-out part (the newest 30%, 300 leads) has 0 leads that were won and 300 that did not; each part needs at least 10 of each' },
    ]);
  });

  it('refuses bad options and a model without a threshold to keep', () => {
    const history = { leads: outcomeHistory({ leads: 400, seed: 6, signal: true }) };
    const bad = issuesOf(suggestModel(CURRENT_MODEL, history, { targetMqlVolume: 10, targetPrecision: 0.5, holdOut: 0.9, target: 'lost' as never }));
    expect(bad.map((i) => [i.path, i.code])).toEqual([
      ['target', 'invalid_value'],
      ['targetPrecision', 'exclusive'],
      ['holdOut', 'too_big'],
    ]);
    const { thresholds, ...noThreshold } = CURRENT_MODEL;
    expect(thresholds).toBeDefined();
    expect(issuesOf(suggestModel(noThreshold, history)).map((i) => i.path)).toEqual(['model.thresholds.mql']);
    expect(valueOf(suggestModel(noThreshold, history, { targetMqlVolume: 100 })).threshold.from).toBeNull();
  });

  it('lists a bad model and bad leads by path, like the backtest', () => {
    const issues = issuesOf(suggestModel({ fit: [{ id: 'a', points: 'x' }] } as never, { leads: [{ id: 'L1', won: 'yes' }] }, { asOf: '2026-01-01' }));
    expect(issues.map((i) => i.path)).toEqual(['model.fit[0].points', 'leads[0].won']);
  });
});

describe('the pieces of the method', () => {
  it('the logistic regression recovers known weights from a large sample', () => {
    const rnd = random(11);
    const rows = 20_000;
    const x = new Float64Array(rows * 2);
    const y = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) {
      const a = rnd() < 0.5 ? 1 : 0;
      const b = rnd() * 2 - 1;
      x[i * 2] = a;
      x[i * 2 + 1] = b;
      y[i] = rnd() < 1 / (1 + Math.exp(-(-1 + 1.5 * a - 0.8 * b))) ? 1 : 0;
    }
    const fit = fitLogistic({ x, rows, columns: 2, y }, 1);
    expect(Math.abs(fit.intercept + 1)).toBeLessThan(0.1);
    expect(fit.weights[0]).toBeGreaterThan(1.35);
    expect(fit.weights[0]).toBeLessThan(1.65);
    expect(fit.weights[1]).toBeGreaterThan(-0.95);
    expect(fit.weights[1]).toBeLessThan(-0.65);
    expect(fit.iterations).toBeLessThan(15);
  });

  it('the regression stays finite when a feature separates the outcomes', () => {
    const x = Float64Array.from([0, 0, 0, 1, 1, 1]);
    const fit = fitLogistic({ x, rows: 6, columns: 1, y: Uint8Array.from([0, 0, 0, 1, 1, 1]) }, 1);
    expect(Number.isFinite(fit.weights[0] as number)).toBe(true);
    expect(fit.weights[0]).toBeGreaterThan(0);
  });

  it('AUC counts ties as half, and DeLong finds no difference between a score and itself', () => {
    const scores = [0.9, 0.8, 0.8, 0.3, 0.1];
    const positive = [1, 1, 0, 0, 1];
    // Pairs (positive, negative): (0.9,0.8) 1, (0.9,0.3) 1, (0.8,0.8) 0.5, (0.8,0.3) 1, (0.1,0.8) 0, (0.1,0.3) 0 -> 3.5 / 6
    expect(auc(scores, positive)).toBeCloseTo(3.5 / 6, 12);
    expect(compareAuc(scores, scores, positive)).toMatchObject({ difference: 0, pValue: 1 });
    const better = compareAuc([0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1], [1, 1, 0, 0]);
    expect(better).toMatchObject({ a: 0, b: 1, difference: 1 });
  });

  it('thresholds: the volume closest to the asked one, the lowest threshold keeping a precision', () => {
    // Eight leads score 0 (nothing counted): asking for 5 MQLs, 3 are closer than 11.
    const totals = [30, 25, 20.5, 0, 0, 0, 0, 0, 0, 0, 0];
    const positive = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(thresholdForVolume(totals, positive, 5)).toEqual({ threshold: 1, mql: 3, positives: 2 });
    expect(thresholdForVolume(totals, positive, 9)).toEqual({ threshold: 0, mql: 11, positives: 3 });
    expect(thresholdForPrecision(totals, positive, 0.6)).toEqual({ threshold: 20, mql: 3, positives: 2 });
    expect(thresholdForPrecision(totals, positive, 1)).toEqual({ threshold: 25, mql: 2, positives: 2 });
    expect(thresholdForPrecision([5, 4], [0, 0], 0.1)).toBeNull();
  });
});
