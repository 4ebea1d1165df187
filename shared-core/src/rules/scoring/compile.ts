import { DAY_MS } from '../../dates';
import { compileCondition, type Predicate } from '../condition';
import type { ScoringModel } from './model';
import type { ScoringLead, ScoringEvent } from './lead';
import type { Contribution, CountedEvent, Grade, ScoreResult } from './result';
import { toIso } from '../asOf';

/** A score without its explanation: what a backtest or a suggestion keeps of each lead. */
export type ScoreFigures = Pick<ScoreResult, 'fit' | 'engagement' | 'total' | 'grade' | 'mql'>;

/** A parsed model with its conditions compiled once; `score` is the hot path. */
export interface CompiledModel {
  model: ScoringModel;
  score: (lead: ScoringLead, asOfMs: number) => ScoreResult;
  /** The same figures as `score`, without building the contributions (several times faster). */
  figures: (lead: ScoringLead, asOfMs: number) => ScoreFigures;
  /**
   * How much each rule counted, before its points: 1 or 0 for a fit rule, the
   * decayed number of counted events for an engagement rule (so points x
   * activation is the rule's contribution). Written into `out`, fit rules
   * first, then engagement rules, in model order.
   */
  activations: (lead: ScoringLead, asOfMs: number, out: Float64Array) => void;
}

/** Up to this many candidate events a lead's list is kept in order by insertion; beyond, it is sorted. */
const INSERTION_LIMIT = 64;

const clamp = (value: number, cap: number | undefined): number =>
  Math.min(Math.max(value, 0), cap ?? Number.POSITIVE_INFINITY);

interface EngagementTest {
  order: number;
  test: Predicate;
}

export function compileModel(model: ScoringModel): CompiledModel {
  const fitTests = model.fit.map((r) => compileCondition(r.if));
  const fitPoints = model.fit.map((r) => r.points);
  const engagement = model.engagement;
  const ruleCount = engagement.length;
  const engagementPoints = engagement.map((r) => r.points);
  const maxCounts = engagement.map((r) => r.maxCount ?? Number.POSITIVE_INFINITY);
  // Rules by event type: an event is only tested against the rules for its type.
  const byType = new Map<string, EngagementTest[]>();
  engagement.forEach((r, order) => {
    const list = byType.get(r.event) ?? [];
    list.push({ order, test: compileCondition(r.if) });
    byType.set(r.event, list);
  });
  const halfLifeMs = model.decay ? model.decay.halfLifeDays * DAY_MS : null;
  const grades = model.grades ?? {};
  const gradeSteps = (['A', 'B', 'C'] as const).filter((g) => grades[g] !== undefined);
  const mqlThreshold = model.thresholds?.mql;

  const gradeOf = (fit: number): Grade => {
    for (const g of gradeSteps) if (fit >= (grades[g] as number)) return g;
    return 'D';
  };

  // Scratch space for one lead at a time (scoring is synchronous): points and
  // decayed counts per engagement rule, and how many events each has counted.
  const sums = new Float64Array(ruleCount);
  const decayedCounts = new Float64Array(ruleCount);
  const counted = new Int32Array(ruleCount);

  /**
   * Walks the lead's events most recent first (events after asOf have not
   * happened yet and are dropped before maxCount counts) and adds each to the
   * rules it meets until a rule has its maxCount. `onCount` receives every
   * counted event (only `score` needs them).
   */
  const countEvents = (lead: ScoringLead, asOfMs: number, onCount: ((order: number, event: ScoringEvent, points: number) => void) | null): void => {
    sums.fill(0);
    decayedCounts.fill(0);
    counted.fill(0);
    const n = collectCandidates(lead.events, asOfMs);
    for (let c = 0; c < n; c++) {
      const event = candidates[c] as ScoringEvent;
      // The decay of an event is worked out once, and only if a rule counts it.
      let decay = -1;
      for (const rule of candidateRules[c] as EngagementTest[]) {
        const order = rule.order;
        const seen = counted[order] as number;
        if (seen >= (maxCounts[order] as number) || !rule.test(event.props)) continue;
        if (decay < 0) decay = halfLifeMs === null ? 1 : 0.5 ** ((asOfMs - event.at) / halfLifeMs);
        counted[order] = seen + 1;
        const points = halfLifeMs === null ? (engagementPoints[order] as number) : (engagementPoints[order] as number) * decay;
        sums[order] = (sums[order] as number) + points;
        decayedCounts[order] = (decayedCounts[order] as number) + decay;
        if (onCount) onCount(order, event, points);
      }
    }
  };

  // The events some rule counts, most recent first, with their rules (reused for every lead).
  const candidates: ScoringEvent[] = [];
  const candidateRules: EngagementTest[][] = [];
  const collectCandidates = (events: readonly ScoringEvent[], asOfMs: number): number => {
    let n = 0;
    for (const event of events) {
      if (event.at > asOfMs) continue;
      const rules = byType.get(event.type);
      if (!rules) continue;
      // Insertion keeps the list most recent first and stable (equal times keep their input
      // order), without a comparator call per step; a lead has tens of events, rarely more.
      let i = n++;
      if (n > INSERTION_LIMIT) {
        candidates[i] = event;
        candidateRules[i] = rules;
        continue;
      }
      while (i > 0 && (candidates[i - 1] as ScoringEvent).at < event.at) {
        candidates[i] = candidates[i - 1] as ScoringEvent;
        candidateRules[i] = candidateRules[i - 1] as EngagementTest[];
        i--;
      }
      candidates[i] = event;
      candidateRules[i] = rules;
    }
    if (n > INSERTION_LIMIT) sortCandidates(n);
    return n;
  };
  /** A long event list: sorted (stable) as pairs, then written back. */
  const sortCandidates = (n: number): void => {
    const pairs = candidates.slice(0, n).map((event, i) => ({ event, rules: candidateRules[i] as EngagementTest[] }));
    pairs.sort((a, b) => b.event.at - a.event.at);
    pairs.forEach((p, i) => {
      candidates[i] = p.event;
      candidateRules[i] = p.rules;
    });
  };

  /** Fit and engagement from the per-rule sums, in model order (the order `score` adds them in). */
  const figuresFrom = (fitRaw: number): ScoreFigures => {
    let engagementRaw = 0;
    for (let order = 0; order < ruleCount; order++) if ((counted[order] as number) > 0) engagementRaw += sums[order] as number;
    const fit = clamp(fitRaw, model.caps?.fit);
    const engagementScore = clamp(engagementRaw, model.caps?.engagement);
    const total = fit + engagementScore;
    return { fit, engagement: engagementScore, total, grade: gradeOf(fit), mql: mqlThreshold !== undefined && total >= mqlThreshold };
  };

  const fitOf = (lead: ScoringLead): number => {
    let fitRaw = 0;
    for (let i = 0; i < fitTests.length; i++) if ((fitTests[i] as Predicate)(lead.fields)) fitRaw += fitPoints[i] as number;
    return fitRaw;
  };

  const score = (lead: ScoringLead, asOfMs: number): ScoreResult => {
    const contributions: Contribution[] = [];
    let fitRaw = 0;
    model.fit.forEach((rule, i) => {
      if ((fitTests[i] as Predicate)(lead.fields)) {
        fitRaw += rule.points;
        contributions.push({ rule: rule.id, kind: 'fit', points: rule.points });
      }
    });
    const events: (CountedEvent[] | undefined)[] = new Array(ruleCount);
    countEvents(lead, asOfMs, (order, event, points) => {
      (events[order] ??= []).push({ type: event.type, at: toIso(event.at), points });
    });
    for (let order = 0; order < ruleCount; order++) {
      const list = events[order];
      if (list) contributions.push({ rule: (engagement[order] as ScoringModel['engagement'][number]).id, kind: 'engagement', points: sums[order] as number, events: list });
    }
    return { id: lead.id ?? null, ...figuresFrom(fitRaw), contributions };
  };

  const figures = (lead: ScoringLead, asOfMs: number): ScoreFigures => {
    const fitRaw = fitOf(lead);
    countEvents(lead, asOfMs, null);
    return figuresFrom(fitRaw);
  };

  const activations = (lead: ScoringLead, asOfMs: number, out: Float64Array): void => {
    for (let i = 0; i < fitTests.length; i++) out[i] = (fitTests[i] as Predicate)(lead.fields) ? 1 : 0;
    countEvents(lead, asOfMs, null);
    out.set(decayedCounts, fitTests.length);
  };

  return { model, score, figures, activations };
}
