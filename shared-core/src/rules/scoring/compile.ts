import { DAY_MS } from '../../dates';
import { compileCondition, type Predicate } from '../condition';
import type { ScoringModel } from './model';
import type { ScoringLead, ScoringEvent } from './lead';
import type { Contribution, CountedEvent, Grade, ScoreResult } from './result';
import { toIso } from '../asOf';

/** An engagement rule's compiled test; `order` is its place in the model (and in the contributions). */
interface CompiledEngagementRule {
  order: number;
  test: Predicate;
}

/** A parsed model with its conditions compiled once; `score` is the hot path. */
export interface CompiledModel {
  model: ScoringModel;
  score: (lead: ScoringLead, asOfMs: number) => ScoreResult;
}

/** Most recent first; Array#sort is stable, so equal times keep their input order. */
const byRecent = (a: ScoringEvent, b: ScoringEvent): number => b.at - a.at;

const clamp = (value: number, cap: number | undefined): number =>
  Math.min(Math.max(value, 0), cap ?? Number.POSITIVE_INFINITY);

export function compileModel(model: ScoringModel): CompiledModel {
  const fitRules = model.fit.map((r) => ({ id: r.id, test: compileCondition(r.if), points: r.points }));
  // Rules by event type: an event is only tested against the rules for its type.
  const byType = new Map<string, CompiledEngagementRule[]>();
  model.engagement.forEach((r, order) => {
    const list = byType.get(r.event) ?? [];
    list.push({ order, test: compileCondition(r.if) });
    byType.set(r.event, list);
  });
  const ruleCount = model.engagement.length;
  const halfLifeMs = model.decay ? model.decay.halfLifeDays * DAY_MS : null;
  const grades = model.grades ?? {};
  const gradeSteps = (['A', 'B', 'C'] as const).filter((g) => grades[g] !== undefined);
  const mqlThreshold = model.thresholds?.mql;

  const gradeOf = (fit: number): Grade => {
    for (const g of gradeSteps) if (fit >= (grades[g] as number)) return g;
    return 'D';
  };

  const score = (lead: ScoringLead, asOfMs: number): ScoreResult => {
    const contributions: Contribution[] = [];
    let fitRaw = 0;
    for (const rule of fitRules) {
      if (rule.test(lead.fields)) {
        fitRaw += rule.points;
        contributions.push({ rule: rule.id, kind: 'fit', points: rule.points });
      }
    }

    // Events after asOf have not happened yet: they are dropped before maxCount counts.
    const matched: (ScoringEvent[] | undefined)[] = new Array(ruleCount);
    for (const event of lead.events) {
      if (event.at > asOfMs) continue;
      const rules = byType.get(event.type);
      if (!rules) continue;
      for (const rule of rules) {
        if (rule.test(event.props)) (matched[rule.order] ??= []).push(event);
      }
    }
    let engagementRaw = 0;
    for (let order = 0; order < ruleCount; order++) {
      const events = matched[order];
      if (!events) continue;
      const rule = model.engagement[order] as ScoringModel['engagement'][number];
      if (events.length > 1) events.sort(byRecent);
      const counted: CountedEvent[] = [];
      let sum = 0;
      const limit = Math.min(events.length, rule.maxCount ?? Infinity);
      for (let i = 0; i < limit; i++) {
        const event = events[i] as ScoringEvent;
        const points = halfLifeMs === null ? rule.points : rule.points * 0.5 ** ((asOfMs - event.at) / halfLifeMs);
        sum += points;
        counted.push({ type: event.type, at: toIso(event.at), points });
      }
      engagementRaw += sum;
      contributions.push({ rule: rule.id, kind: 'engagement', points: sum, events: counted });
    }

    const fit = clamp(fitRaw, model.caps?.fit);
    const engagement = clamp(engagementRaw, model.caps?.engagement);
    const total = fit + engagement;
    return {
      id: lead.id ?? null,
      fit,
      engagement,
      total,
      grade: gradeOf(fit),
      mql: mqlThreshold !== undefined && total >= mqlThreshold,
      contributions,
    };
  };

  return { model, score };
}
