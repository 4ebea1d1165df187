import type { Lang, MessageKey } from '../../i18n';
import { fail, ok, type Issue, type Result } from '../../result';
import { toIso } from '../asOf';
import { fallbackAsOf, reportOf, scoringMoment, type BacktestReport, type ScoredHistory } from '../backtest/backtest';
import { historyList, outcomeOf, parseHistoryLead, repeatedHistoryIds, type HistoryLead } from '../backtest/history';
import type { CompiledModel } from '../scoring/compile';
import type { ScoringModel, ScoringModelInput } from '../scoring/model';
import { prepareModel } from '../scoring/score';
import { compareAuc } from './auc';
import { fitLogistic } from './logistic';
import { suggestText } from './texts';
import { thresholdForPrecision, thresholdForVolume, type ThresholdChoice } from './threshold';

/** The outcome the suggestion learns: a won deal, or any opportunity (a win is one too). */
export type SuggestTarget = 'won' | 'opportunity';
export const SUGGEST_TARGETS: readonly SuggestTarget[] = ['won', 'opportunity'];

export interface SuggestOptions {
  /** When leads without their own `scoredAt` are scored. */
  asOf?: string | Date;
  /** Default 'won'. */
  target?: SuggestTarget;
  /** MQLs wanted in a history of this size; the threshold gives the same share in the fit period. */
  targetMqlVolume?: number;
  /** Share of MQLs that should reach the target (0..1]. */
  targetPrecision?: number;
  /** Share of the newest leads held out of the fit to judge it (0.1..0.5, default 0.3). */
  holdOut?: number;
  lang?: Lang;
}

/** The method's fixed settings; they are in every suggestion, so a reviewer can reproduce it. */
export const SUGGEST_METHOD = {
  name: 'l2-logistic-regression',
  /** Penalty on the squared weights of the standardised rule activations (a standard normal prior). */
  l2: 1,
  /** A rule is fitted only when it counted for this many fit-period leads, and as many lacked it. */
  minRuleLeads: 30,
  /** Leads that reached the target, and leads that did not, needed in the history. */
  minOutcomes: 50,
  /** The same, needed in each of the fit and held-out parts. */
  minOutcomesPerPart: 10,
  /** One-sided significance the held-out AUC gain must reach to count as an improvement. */
  alpha: 0.01,
  holdOut: 0.3,
} as const;

/** The settings a suggestion was made with, and the points one unit of log-odds became. */
export type SuggestMethod = { [K in keyof typeof SUGGEST_METHOD]: (typeof SUGGEST_METHOD)[K] extends number ? number : (typeof SUGGEST_METHOD)[K] } & {
  pointsPerLogOdds: number;
};

export interface RuleEvidence {
  /** Fit-period leads, and those the rule counted for. */
  leads: number;
  counted: number;
  /** Share that reached the target among the leads it counted for, and among the others. */
  rateWith: number | null;
  rateWithout: number | null;
}

export interface RuleChange {
  rule: string;
  from: number;
  to: number;
  why: string;
  kind: 'fit' | 'engagement';
  whyKey: MessageKey;
  /** `fitted`: the points follow the regression; `kept`: too little evidence to change them. */
  basis: 'fitted' | 'kept';
  evidence: RuleEvidence;
  /** Log-odds of the target per unit of the rule (a lead it counts for, a decayed event), null when kept. */
  weight: number | null;
}

export interface SplitPart {
  leads: number;
  /** Leads that reached the target. */
  positives: number;
  /** Scoring moments of the first and last lead (ISO). */
  from: string;
  to: string;
}

export interface SuggestEvaluation {
  /** Ranking quality of the target on the held-out leads; threshold-free, so a change of MQL volume cannot fake it. */
  metric: 'auc';
  leads: number;
  current: number;
  suggested: number;
  difference: number;
  standardError: number;
  /** One-sided DeLong test of suggested > current. */
  pValue: number;
  alpha: number;
  improvement: boolean;
  verdict: string;
  verdictKey: MessageKey;
}

export interface ModelSuggestion {
  /** The current model with new points and MQL threshold: rules, ids, events, conditions, decay, caps and grades unchanged. */
  model: ScoringModel;
  /** Every rule in model order (fit, then engagement), changed or not. */
  changes: RuleChange[];
  threshold: { from: number | null; to: number; why: string; whyKey: MessageKey; basis: 'current-volume' | 'volume' | 'precision' };
  /** Both models on the held-out leads only. */
  backtest: { current: BacktestReport; suggested: BacktestReport };
  /** True only when the suggestion ranks held-out leads significantly better (see evaluation). */
  improvement: boolean;
  evaluation: SuggestEvaluation;
  target: SuggestTarget;
  /** Leads ordered by scoredAt (ties in input order); the oldest are fitted, the newest held out. */
  split: { orderedBy: 'scoredAt'; holdOut: number; fit: SplitPart; heldOut: SplitPart };
  method: SuggestMethod;
}

interface PastLead {
  lead: HistoryLead;
  at: number;
  positive: boolean;
}

function optionIssues(o: SuggestOptions): Issue[] {
  const issues: Issue[] = [];
  if (o.target !== undefined && !SUGGEST_TARGETS.includes(o.target)) issues.push({ path: 'target', code: 'invalid_value', message: 'target must be won or opportunity' });
  if (o.targetMqlVolume !== undefined && !(Number.isInteger(o.targetMqlVolume) && o.targetMqlVolume > 0)) {
    issues.push({ path: 'targetMqlVolume', code: 'too_small', message: 'targetMqlVolume must be a whole number greater than 0' });
  }
  if (o.targetPrecision !== undefined && !(o.targetPrecision > 0 && o.targetPrecision <= 1)) {
    issues.push({ path: 'targetPrecision', code: 'too_big', message: 'targetPrecision must be a share between 0 and 1' });
  }
  if (o.targetMqlVolume !== undefined && o.targetPrecision !== undefined) {
    issues.push({ path: 'targetPrecision', code: 'exclusive', message: 'give a target MQL volume or a target precision, not both' });
  }
  if (o.holdOut !== undefined && !(o.holdOut >= 0.1 && o.holdOut <= 0.5)) issues.push({ path: 'holdOut', code: 'too_big', message: 'holdOut must be a share between 0.1 and 0.5' });
  return issues;
}

/** Every past lead parsed, with its scoring moment and outcome, oldest first (ties keep their order). */
function readHistory(history: unknown, asOf: SuggestOptions['asOf'], target: SuggestTarget): Result<PastLead[]> {
  const list = historyList(history);
  const fallback = fallbackAsOf(asOf);
  if (!list.ok || !fallback.ok) return fail([...(list.ok ? [] : list.issues), ...(fallback.ok ? [] : fallback.issues)]);
  const leads: PastLead[] = [];
  const issues: Issue[] = [];
  list.value.forEach((raw, i) => {
    const lead = parseHistoryLead(raw, i);
    const at = lead.ok ? scoringMoment(lead.value, i, fallback.value) : lead;
    if (lead.ok && at.ok) leads.push({ lead: lead.value, at: at.value, positive: outcomeOf(lead.value)[target] });
    else issues.push(...(at.ok ? [] : at.issues));
  });
  if (issues.length) return fail(issues);
  const repeated = repeatedHistoryIds(leads.map((l) => l.lead));
  if (repeated.length) return fail(repeated);
  return ok(leads.sort((a, b) => a.at - b.at));
}

const outcomeWords = (target: SuggestTarget): string => (target === 'won' ? 'were won' : 'became opportunities');
const count = (n: number): string => n.toLocaleString('en-US');
const percent = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Refuses a history whose outcomes cannot support a fit and its judgement, saying what is missing. */
function outcomeIssues(leads: PastLead[], fitCount: number, target: SuggestTarget, holdOut: number): Issue[] {
  const tally = (part: PastLead[]) => part.reduce((n, l) => n + (l.positive ? 1 : 0), 0);
  const positives = tally(leads);
  const negatives = leads.length - positives;
  const min = SUGGEST_METHOD.minOutcomes;
  if (positives < min || negatives < min) {
    const opportunities = leads.filter((l) => outcomeOf(l.lead).opportunity).length;
    const hint = target === 'won' ? `; give a longer history, or target opportunities (${count(opportunities)} leads became one)` : '; give a longer history';
    return [
      {
        path: 'history',
        code: 'too_few_outcomes',
        message: `${count(positives)} of ${count(leads.length)} leads ${outcomeWords(target)} and ${count(negatives)} did not; a suggestion needs at least ${min} of each${hint}`,
      },
    ];
  }
  const perPart = SUGGEST_METHOD.minOutcomesPerPart;
  const parts: [string, PastLead[]][] = [
    [`the fit part (the oldest ${count(fitCount)} leads)`, leads.slice(0, fitCount)],
    [`the held-out part (the newest ${Math.round(holdOut * 100)}%, ${count(leads.length - fitCount)} leads)`, leads.slice(fitCount)],
  ];
  return parts.flatMap(([name, part]): Issue[] => {
    const p = tally(part);
    if (p >= perPart && part.length - p >= perPart) return [];
    return [{ path: 'holdOut', code: 'too_few_outcomes', message: `${name} has ${count(p)} leads that ${outcomeWords(target)} and ${count(part.length - p)} that did not; each part needs at least ${perPart} of each` }];
  });
}

interface Fitted {
  /** Per rule (model order): standardised weight and activation spread, or null when kept. */
  weights: (number | null)[];
  spreads: number[];
  evidence: RuleEvidence[];
}

/** Evidence per rule and the regression of the target on the fitted rules' standardised activations (fit part). */
function fitRules(x: Float64Array, rules: number, fit: PastLead[]): Fitted {
  const rows = fit.length;
  const evidence: RuleEvidence[] = [];
  const fitted: number[] = [];
  const means: number[] = [];
  const spreads: number[] = [];
  for (let j = 0; j < rules; j++) {
    let counted = 0;
    let positivesWith = 0;
    let sum = 0;
    let squares = 0;
    let positives = 0;
    for (let i = 0; i < rows; i++) {
      const v = x[i * rules + j] as number;
      const positive = (fit[i] as PastLead).positive;
      if (positive) positives++;
      if (v > 0) {
        counted++;
        if (positive) positivesWith++;
      }
      sum += v;
      squares += v * v;
    }
    const mean = sum / rows;
    means.push(mean);
    spreads.push(Math.sqrt(Math.max(squares / rows - mean * mean, 0)));
    evidence.push({ leads: rows, counted, rateWith: share(positivesWith, counted), rateWithout: share(positives - positivesWith, rows - counted) });
    if (counted >= SUGGEST_METHOD.minRuleLeads && rows - counted >= SUGGEST_METHOD.minRuleLeads && (spreads[j] as number) > 0) fitted.push(j);
  }
  const columns = fitted.length;
  const design = { x: new Float64Array(rows * columns), rows, columns, y: Uint8Array.from(fit, (l) => (l.positive ? 1 : 0)) };
  for (let i = 0; i < rows; i++) {
    fitted.forEach((j, c) => {
      design.x[i * columns + c] = ((x[i * rules + j] as number) - (means[j] as number)) / (spreads[j] as number);
    });
  }
  const weights: (number | null)[] = new Array(rules).fill(null);
  if (columns > 0) {
    const result = fitLogistic(design, SUGGEST_METHOD.l2);
    fitted.forEach((j, c) => {
      weights[j] = result.weights[c] as number;
    });
  }
  return { weights, spreads, evidence };
}

/**
 * Points per unit of log-odds, chosen so the fitted rules together keep the
 * spread of points they have now (sum of |points| x activation spread): the
 * suggestion moves weight between rules, it does not inflate or shrink the
 * score, so caps and grades keep their meaning. When the fitted rules carry
 * no points yet, the strongest gets 10.
 */
function pointsPerLogOdds(points: number[], f: Fitted): number {
  let now = 0;
  let fitted = 0;
  let strongest = 0;
  f.weights.forEach((w, j) => {
    if (w === null) return;
    now += Math.abs(points[j] as number) * (f.spreads[j] as number);
    fitted += Math.abs(w);
    strongest = Math.max(strongest, Math.abs(w / (f.spreads[j] as number)));
  });
  if (fitted === 0) return 0;
  return now > 0 ? now / fitted : 10 / strongest;
}

function ruleWhy(lang: Lang, target: SuggestTarget, from: number, to: number, weight: number | null, e: RuleEvidence): { key: MessageKey & `suggest.${string}`; text: string } {
  const min = SUGGEST_METHOD.minRuleLeads;
  const outcome = suggestText(lang, `suggest.outcome.${target}`);
  if (weight === null) {
    const key = e.counted < min ? 'suggest.why.tooFew' : 'suggest.why.tooCommon';
    return { key, text: suggestText(lang, key, { active: count(e.counted), leads: count(e.leads), min }) };
  }
  const evidence = suggestText(lang, 'suggest.evidence', { with: percent(e.rateWith), without: percent(e.rateWithout), outcome, active: count(e.counted), leads: count(e.leads) });
  const key = to > from ? 'suggest.why.raised' : to < from ? 'suggest.why.lowered' : 'suggest.why.unchanged';
  return { key, text: suggestText(lang, key, { evidence }) };
}

/** The model with new points per rule (model order: fit, then engagement) and, when given, a new MQL threshold. */
const withPoints = (model: ScoringModel, points: number[], threshold?: number): ScoringModel => {
  const split = model.fit.length;
  const next: ScoringModel = {
    ...model,
    fit: model.fit.map((r, j) => ({ ...r, points: points[j] as number })),
    engagement: model.engagement.map((r, j) => ({ ...r, points: points[split + j] as number })),
  };
  if (threshold !== undefined) next.thresholds = { ...model.thresholds, mql: threshold };
  return next;
};

function scored(model: CompiledModel, leads: PastLead[]): ScoredHistory {
  return { results: leads.map((l) => model.figures(l.lead, l.at)), outcomes: leads.map((l) => outcomeOf(l.lead)) };
}

const part = (leads: PastLead[]): SplitPart => ({
  leads: leads.length,
  positives: leads.filter((l) => l.positive).length,
  from: toIso((leads[0] as PastLead).at),
  to: toIso((leads[leads.length - 1] as PastLead).at),
});

/**
 * Learns new points for the model's own rules from past leads with deal
 * outcomes: a regularised logistic regression of the target on each rule's
 * activation, fitted on the older leads and judged on the newest (held out).
 * The suggestion is an ordinary model (the same rules, new points and MQL
 * threshold) that goes through review and sign-off like any other change;
 * `improvement` says whether it beat the current model on the held-out leads.
 */
export function suggestModel(model: ScoringModel | ScoringModelInput, history: unknown, options: SuggestOptions = {}): Result<ModelSuggestion> {
  const lang = options.lang ?? 'ja';
  const target = options.target ?? 'won';
  const holdOut = options.holdOut ?? SUGGEST_METHOD.holdOut;
  const prepared = prepareModel(model);
  const badOptions = optionIssues(options);
  const read = readHistory(history, options.asOf, SUGGEST_TARGETS.includes(target) ? target : 'won');
  if (!prepared.ok || !read.ok || badOptions.length) {
    return fail([...(prepared.ok ? [] : prepared.issues), ...(read.ok ? [] : read.issues), ...badOptions]);
  }
  const current = prepared.value;
  const leads = read.value;
  const fitCount = leads.length - Math.round(leads.length * holdOut);
  const refused = outcomeIssues(leads, fitCount, target, holdOut);
  const currentThreshold = current.model.thresholds?.mql;
  if (currentThreshold === undefined && options.targetMqlVolume === undefined && options.targetPrecision === undefined) {
    refused.push({ path: 'model.thresholds.mql', code: 'required', message: 'the model has no MQL threshold to keep the volume of: give a target MQL volume or a target precision' });
  }
  if (refused.length) return fail(refused);

  const fit = leads.slice(0, fitCount);
  const heldOut = leads.slice(fitCount);
  const rules = [...current.model.fit.map((r) => ({ r, kind: 'fit' as const })), ...current.model.engagement.map((r) => ({ r, kind: 'engagement' as const }))];
  const x = new Float64Array(fit.length * rules.length);
  const row = new Float64Array(rules.length);
  fit.forEach((l, i) => {
    current.activations(l.lead, l.at, row);
    x.set(row, i * rules.length);
  });
  const fitted = fitRules(x, rules.length, fit);
  const from = rules.map(({ r }) => r.points);
  const scale = pointsPerLogOdds(from, fitted);
  const weightOf = (j: number): number | null => {
    const w = fitted.weights[j];
    return w === null || w === undefined ? null : w / (fitted.spreads[j] as number);
  };
  // Whole points, as people write them (`+ 0` turns a rounded -0 into 0).
  const to = rules.map((_, j) => {
    const w = weightOf(j);
    return w === null ? (from[j] as number) : Math.round(scale * w) + 0;
  });

  // The threshold is chosen on the fit period only, on the suggested points.
  const unthresholded = prepareModel(withPoints(current.model, to));
  if (!unthresholded.ok) return unthresholded;
  const fitTotals = fit.map((l) => unthresholded.value.figures(l.lead, l.at).total);
  const fitPositives = fit.map((l) => (l.positive ? 1 : 0));
  const outcome = suggestText(lang, `suggest.outcome.${target}`);
  let choice: ThresholdChoice;
  let basis: ModelSuggestion['threshold']['basis'];
  let thresholdKey: MessageKey & `suggest.${string}`;
  let thresholdParams: Record<string, string | number>;
  if (options.targetPrecision !== undefined) {
    const found = thresholdForPrecision(fitTotals, fitPositives, options.targetPrecision);
    if (!found) {
      return fail([{ path: 'targetPrecision', code: 'unreachable', message: `no threshold gives MQLs of which ${percent(options.targetPrecision)} ${outcomeWords(target)} in the fit period; ask for a lower precision` }]);
    }
    choice = found;
    basis = 'precision';
    thresholdKey = 'suggest.threshold.precision';
    thresholdParams = { target: percent(options.targetPrecision), outcome, mql: count(found.mql), positives: count(found.positives) };
  } else if (options.targetMqlVolume !== undefined) {
    choice = thresholdForVolume(fitTotals, fitPositives, Math.ceil((options.targetMqlVolume * fit.length) / leads.length));
    basis = 'volume';
    thresholdKey = 'suggest.threshold.volume';
    thresholdParams = { target: count(options.targetMqlVolume), total: count(leads.length), mql: count(choice.mql), leads: count(fit.length) };
  } else {
    const currentMqls = fit.filter((l) => current.figures(l.lead, l.at).mql).length;
    choice = thresholdForVolume(fitTotals, fitPositives, Math.max(currentMqls, 1));
    basis = 'current-volume';
    thresholdKey = 'suggest.threshold.currentVolume';
    thresholdParams = { mql: count(choice.mql), leads: count(fit.length) };
  }
  const suggestedModel = prepareModel(withPoints(current.model, to, choice.threshold));
  if (!suggestedModel.ok) return suggestedModel;

  // Judged on the held-out leads only: neither the points nor the threshold saw them.
  const currentHeld = scored(current, heldOut);
  const suggestedHeld = scored(suggestedModel.value, heldOut);
  const comparison = compareAuc(
    currentHeld.results.map((r) => r.total),
    suggestedHeld.results.map((r) => r.total),
    heldOut.map((l) => (l.positive ? 1 : 0)),
  );
  const improvement = comparison.difference > 0 && comparison.pValue < SUGGEST_METHOD.alpha;
  const verdictKey = improvement ? 'suggest.verdict.better' : 'suggest.verdict.notBetter';
  const pText = comparison.pValue < 0.001 ? 'p < 0.001' : `p = ${comparison.pValue.toFixed(3)}`;

  const changes: RuleChange[] = rules.map(({ r, kind }, j) => {
    const weight = weightOf(j);
    const why = ruleWhy(lang, target, from[j] as number, to[j] as number, weight, fitted.evidence[j] as RuleEvidence);
    return {
      rule: r.id,
      from: from[j] as number,
      to: to[j] as number,
      why: why.text,
      kind,
      whyKey: why.key,
      basis: weight === null ? 'kept' : 'fitted',
      evidence: fitted.evidence[j] as RuleEvidence,
      weight,
    };
  });
  return ok({
    model: suggestedModel.value.model,
    changes,
    threshold: { from: currentThreshold ?? null, to: choice.threshold, why: suggestText(lang, thresholdKey, thresholdParams), whyKey: thresholdKey, basis },
    backtest: { current: reportOf(current.model, currentHeld, {}), suggested: reportOf(suggestedModel.value.model, suggestedHeld, {}) },
    improvement,
    evaluation: {
      metric: 'auc',
      leads: heldOut.length,
      current: comparison.a,
      suggested: comparison.b,
      difference: comparison.difference,
      standardError: comparison.standardError,
      pValue: comparison.pValue,
      alpha: SUGGEST_METHOD.alpha,
      improvement,
      verdict: suggestText(lang, verdictKey, { heldOut: count(heldOut.length), outcome, current: comparison.a.toFixed(3), suggested: comparison.b.toFixed(3), p: pText }),
      verdictKey,
    },
    target,
    split: { orderedBy: 'scoredAt', holdOut, fit: part(fit), heldOut: part(heldOut) },
    method: { ...SUGGEST_METHOD, holdOut, pointsPerLogOdds: scale },
  });
}
