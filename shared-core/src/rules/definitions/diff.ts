import { t, type Lang } from '../../i18n';
import { fail, ok, parseWith, type Result } from '../../result';
import { describeCondition, type Condition } from '../condition';
import { rejectReason } from '../handoff/rejectReasons';
import { z } from '../../zod';
import { LocalTextSchema, localText } from '../text';
import { DefinitionStagesSchema, type DefinitionStages } from './schema';
import { ScoringModelSchema, type ScoringModel } from '../scoring/model';

export interface DefinitionChange {
  path: string;
  change: 'added' | 'removed' | 'changed';
  /** The change in words, in the requested language. */
  text: string;
}

type Content = { description: { ja: string; en: string }; stages: DefinitionStages; model?: ScoringModel | undefined };

const STAGES = ['mql', 'sal', 'sql'] as const;

/** Top-level clauses: what a reader sees as the list of criteria. */
function clauses(c: Condition | undefined): { mode: 'all' | 'any' | 'single'; items: Condition[] } {
  if (c === undefined) return { mode: 'all', items: [] };
  if ('all' in c) return { mode: 'all', items: c.all };
  if ('any' in c) return { mode: 'any', items: c.any };
  return { mode: 'single', items: [c] };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const leafField = (c: Condition): string | undefined => ('field' in c ? c.field : undefined);

function diffCriteria(stage: string, path: string, before: Condition | undefined, after: Condition | undefined, lang: Lang): DefinitionChange[] {
  const stageName = t(lang, `stage.${stage}`);
  const a = clauses(before);
  const b = clauses(after);
  if (a.mode !== b.mode && a.mode !== 'single' && b.mode !== 'single' && a.items.length && b.items.length) {
    return [
      {
        path,
        change: 'changed',
        text: t(lang, 'diff.criterion.changed', {
          stage: stageName,
          before: describeCondition(before as Condition, lang),
          after: describeCondition(after as Condition, lang),
        }),
      },
    ];
  }
  const left = [...a.items];
  const right = [...b.items];
  for (let i = left.length - 1; i >= 0; i--) {
    const j = right.findIndex((c) => same(c, left[i]));
    if (j !== -1) {
      left.splice(i, 1);
      right.splice(j, 1);
    }
  }
  const changes: DefinitionChange[] = [];
  for (const old of [...left]) {
    const field = leafField(old);
    const j = field === undefined ? -1 : right.findIndex((c) => leafField(c) === field);
    if (j === -1) continue;
    const next = right.splice(j, 1)[0] as Condition;
    left.splice(left.indexOf(old), 1);
    changes.push({
      path,
      change: 'changed',
      text: t(lang, 'diff.criterion.changed', { stage: stageName, before: describeCondition(old, lang), after: describeCondition(next, lang) }),
    });
  }
  for (const c of left) changes.push({ path, change: 'removed', text: t(lang, 'diff.criterion.removed', { stage: stageName, text: describeCondition(c, lang) }) });
  for (const c of right) changes.push({ path, change: 'added', text: t(lang, 'diff.criterion.added', { stage: stageName, text: describeCondition(c, lang) }) });
  return changes;
}

function diffContent(prev: Content, next: Content, lang: Lang, programModel?: ScoringModel): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  if (!same(prev.description, next.description)) {
    changes.push({ path: 'description', change: 'changed', text: t(lang, 'diff.setDescription.changed', { after: localText(next.description, lang) }) });
  }
  for (const stage of STAGES) {
    const p = prev.stages[stage];
    const n = next.stages[stage];
    const base = `stages.${stage}`;
    changes.push(...diffCriteria(stage, `${base}.criteria`, p.criteria, n.criteria, lang));
    if (!same(p.description, n.description)) {
      changes.push({
        path: `${base}.description`,
        change: 'changed',
        text: t(lang, 'diff.description.changed', { stage: t(lang, `stage.${stage}`), after: localText(n.description, lang) }),
      });
    }
  }
  const ps = prev.stages.sal;
  const ns = next.stages.sal;
  if (ps.acceptWithinHours !== ns.acceptWithinHours) {
    changes.push({
      path: 'stages.sal.acceptWithinHours',
      change: 'changed',
      text: t(lang, 'diff.acceptWindow.changed', { before: ps.acceptWithinHours, after: ns.acceptWithinHours }),
    });
  }
  const reasonName = (id: string): string => {
    const r = rejectReason(id);
    return r ? localText(r.label, lang) : id;
  };
  for (const id of ns.rejectReasons.filter((x) => !ps.rejectReasons.includes(x))) {
    changes.push({ path: 'stages.sal.rejectReasons', change: 'added', text: t(lang, 'diff.rejectReason.added', { reason: reasonName(id) }) });
  }
  for (const id of ps.rejectReasons.filter((x) => !ns.rejectReasons.includes(x))) {
    changes.push({ path: 'stages.sal.rejectReasons', change: 'removed', text: t(lang, 'diff.rejectReason.removed', { reason: reasonName(id) }) });
  }
  changes.push(...diffModel(prev.model, next.model, lang, programModel));
  return changes;
}

/**
 * A model agreed with the definitions: adopted, dropped, or its points and
 * threshold changed, rule by rule. A version that agrees no model scored by
 * the program's (`programModel`): adopting one is read against it, so the
 * departments see each rule's points from -> to even the first time.
 */
function diffModel(prev: ScoringModel | undefined, next: ScoringModel | undefined, lang: Lang, programModel?: ScoringModel): DefinitionChange[] {
  if (same(prev ?? null, next ?? null)) return [];
  if (!next) return [{ path: 'model', change: 'removed', text: t(lang, 'diff.model.removed') }];
  const rules = [...next.fit, ...next.engagement];
  const changes: DefinitionChange[] = [];
  if (!prev) changes.push({ path: 'model', change: 'added', text: t(lang, 'diff.model.adopted', { count: rules.length }) });
  const base = prev ?? programModel;
  const before = new Map(base ? [...base.fit, ...base.engagement].map((r) => [r.id, r.points]) : []);
  for (const rule of rules) {
    const was = before.get(rule.id);
    if (was !== undefined && was !== rule.points) {
      const name = rule.label ? localText(rule.label, lang) : rule.id;
      changes.push({ path: `model.rules.${rule.id}`, change: 'changed', text: t(lang, 'diff.model.points', { rule: name, before: was, after: rule.points }) });
    }
  }
  const t0 = base?.thresholds?.mql;
  const t1 = next.thresholds?.mql;
  if (base && t0 !== t1) changes.push({ path: 'model.thresholds.mql', change: 'changed', text: t(lang, 'diff.model.threshold', { before: t0 ?? '—', after: t1 ?? '—' }) });
  return changes;
}

/**
 * What changed between two versions of a definition set, in words a sales
 * manager can read. Pass the stored sets, or a set's `previous` and the set
 * (a null `previous`, as on version 1, gives no changes). `programModel` is
 * the program's scoring model, the one a version without a model of its own
 * scored by.
 */
export function diffDefinitionSets(previous: unknown, next: unknown, lang: Lang = 'ja', options: { programModel?: unknown } = {}): Result<DefinitionChange[]> {
  // Version 1 has no previous content: nothing changed.
  if (previous === null || previous === undefined) return { ok: true, value: [] };
  // Loose on purpose: a whole stored set, or its `previous`, both carry these two keys.
  const Content = z.object({ description: LocalTextSchema, stages: DefinitionStagesSchema, model: ScoringModelSchema.optional() });
  const p = parseWith(Content, previous, 'previous');
  const n = parseWith(Content, next, 'next');
  const m = options.programModel === undefined || options.programModel === null ? ok(undefined) : parseWith(ScoringModelSchema, options.programModel, 'programModel');
  if (!p.ok || !n.ok || !m.ok) return fail([...(p.ok ? [] : p.issues), ...(n.ok ? [] : n.issues), ...(m.ok ? [] : m.issues)]);
  return ok(diffContent(p.value, n.value, lang, m.value));
}
