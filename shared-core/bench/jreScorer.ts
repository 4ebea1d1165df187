// The same scoring model run on json-rules-engine, for comparison: conditions
// are translated to its operators, and the harness around it applies the same
// future filter, maxCount, decay, caps, grades and threshold.
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { RuleCondition, ScoringModel } from '../src/rules';

// The library does not export its nested condition type.
type NestedCondition = TopLevelCondition | { fact: string; operator: string; value: unknown };

const OPS: Record<string, string> = {
  eq: 'equal',
  neq: 'notEqual',
  in: 'in',
  nin: 'notIn',
  contains: 'textContains',
  startsWith: 'textStartsWith',
  gt: 'greaterThan',
  gte: 'greaterThanInclusive',
  lt: 'lessThan',
  lte: 'lessThanInclusive',
  exists: 'present',
};

function translate(c: RuleCondition): NestedCondition {
  if ('all' in c) return { all: c.all.map(translate) as never };
  if ('any' in c) return { any: c.any.map(translate) as never };
  if ('not' in c) return { not: translate(c.not) as never };
  return { fact: c.field, operator: OPS[c.op] as string, value: (c.value ?? null) as never };
}

const top = (conditions: NestedCondition[]): TopLevelCondition => ({ all: conditions as never });

function engine(rules: RuleProperties[]): Engine {
  const e = new Engine(rules, { allowUndefinedFacts: true });
  e.addOperator('textContains', (a: unknown, b: unknown) => typeof a === 'string' && a.includes(String(b)));
  e.addOperator('textStartsWith', (a: unknown, b: unknown) => typeof a === 'string' && a.startsWith(String(b)));
  e.addOperator('present', (a: unknown) => a !== undefined && a !== null);
  return e;
}

export interface JreLead {
  id: string;
  fields: Record<string, unknown>;
  events: { type: string; at: string; props: Record<string, unknown> }[];
}

export function jreScorer(model: ScoringModel): (lead: JreLead, asOfMs: number) => Promise<{ id: string; total: number; fit: number; engagement: number; grade: string; mql: boolean }> {
  const fitEngine = engine(
    model.fit.map((r) => ({ conditions: top(r.if ? [translate(r.if)] : []), event: { type: r.id, params: { points: r.points } } })),
  );
  const engagementEngine = engine(
    model.engagement.map((r) => ({
      conditions: top([{ fact: 'type', operator: 'equal', value: r.event }, ...(r.if ? [translate(r.if)] : [])]),
      event: { type: r.id },
    })),
  );
  const byId = new Map(model.engagement.map((r) => [r.id, r]));
  const halfLifeMs = model.decay ? model.decay.halfLifeDays * 86_400_000 : null;
  const clamp = (v: number, cap: number | undefined) => Math.min(Math.max(v, 0), cap ?? Infinity);
  const grades = model.grades ?? {};

  return async (lead, asOfMs) => {
    const fitRun = await fitEngine.run({ ...lead.fields });
    let fitRaw = 0;
    for (const e of fitRun.events) fitRaw += (e.params as { points: number }).points;
    const matched = new Map<string, number[]>();
    for (const event of lead.events) {
      const at = Date.parse(event.at);
      if (at > asOfMs) continue;
      const run = await engagementEngine.run({ type: event.type, ...event.props });
      for (const e of run.events) {
        const list = matched.get(e.type) ?? [];
        list.push(at);
        matched.set(e.type, list);
      }
    }
    let engagementRaw = 0;
    for (const [id, times] of matched) {
      const rule = byId.get(id)!;
      times.sort((a, b) => b - a);
      const n = Math.min(times.length, rule.maxCount ?? Infinity);
      for (let i = 0; i < n; i++) {
        engagementRaw += halfLifeMs === null ? rule.points : rule.points * 0.5 ** ((asOfMs - times[i]!) / halfLifeMs);
      }
    }
    const fit = clamp(fitRaw, model.caps?.fit);
    const engagement = clamp(engagementRaw, model.caps?.engagement);
    const total = fit + engagement;
    const grade = (['A', 'B', 'C'] as const).find((g) => grades[g] !== undefined && fit >= grades[g]!) ?? 'D';
    return { id: lead.id, total, fit, engagement, grade, mql: model.thresholds?.mql !== undefined && total >= model.thresholds.mql };
  };
}
