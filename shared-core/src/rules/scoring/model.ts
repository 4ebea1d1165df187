import { z } from '../../zod';
import { ConditionSchema } from '../condition';
import { LocalTextSchema } from '../text';
import { fail, issuesFromZod, ok, type Issue, type Result } from '../../result';

const RuleIdSchema = z.string({ error: 'a rule needs an id (text)' }).trim().min(1, 'a rule needs an id');
/** Bounded, so that no sum of rules can overflow: every score a model gives is a finite number. */
export const MAX_RULE_POINTS = 10_000;
const PointsSchema = z
  .number({ error: 'points must be a number' })
  .refine((n) => Math.abs(n) <= MAX_RULE_POINTS, `points must be between -${MAX_RULE_POINTS} and ${MAX_RULE_POINTS}`);

export const FitRuleSchema = z.strictObject({
  id: RuleIdSchema,
  /** Omitted: always true. Tests the lead's `fields`. */
  if: ConditionSchema.optional(),
  /** May be negative (competitor, student, unsubscribed ...). */
  points: PointsSchema,
  label: LocalTextSchema.optional(),
});

export const EngagementRuleSchema = z.strictObject({
  id: RuleIdSchema,
  /** Matches the event's `type`. */
  event: z
    .string({ error: 'an engagement rule needs the event type it counts' })
    .trim()
    .min(1, 'an engagement rule needs the event type it counts'),
  /** Omitted: always true. Tests the event's `props`. */
  if: ConditionSchema.optional(),
  points: PointsSchema,
  /** Only the most recent N matching events (at or before asOf) count. */
  maxCount: z.number().int().min(1).optional(),
  label: LocalTextSchema.optional(),
});

const Minimum = z.number().refine(Number.isFinite, 'expected a finite number');

export const ScoringModelSchema = z.strictObject({
  fit: z.array(FitRuleSchema).default([]),
  engagement: z.array(EngagementRuleSchema).default([]),
  decay: z.strictObject({ halfLifeDays: z.number().gt(0, 'halfLifeDays must be greater than 0') }).optional(),
  caps: z.strictObject({ fit: z.number().min(0).optional(), engagement: z.number().min(0).optional() }).optional(),
  /** Minimum fit for each grade, descending from A to C; below C is D. */
  grades: z.strictObject({ A: Minimum.optional(), B: Minimum.optional(), C: Minimum.optional() }).optional(),
  thresholds: z.strictObject({ mql: Minimum.optional() }).optional(),
});

export type FitRule = z.infer<typeof FitRuleSchema>;
export type EngagementRule = z.infer<typeof EngagementRuleSchema>;
export type ScoringModel = z.infer<typeof ScoringModelSchema>;
/** What a caller may pass before parsing (lists may be omitted). */
export type ScoringModelInput = z.input<typeof ScoringModelSchema>;

/**
 * Parses a model and lists every problem by path: the schema's, and the
 * checks across rules (duplicate ids over fit + engagement, grade order),
 * which are run on the raw input so they show even when a rule is also broken.
 */
export function parseScoringModel(input: unknown): Result<ScoringModel> {
  const parsed = ScoringModelSchema.safeParse(input);
  const issues: Issue[] = parsed.success ? [] : issuesFromZod(parsed.error);
  issues.push(...crossRuleIssues(input));
  if (issues.length || !parsed.success) return fail(issues);
  return ok(parsed.data);
}

function crossRuleIssues(input: unknown): Issue[] {
  if (typeof input !== 'object' || input === null) return [];
  const model = input as Record<string, unknown>;
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  for (const kind of ['fit', 'engagement'] as const) {
    const rules = model[kind];
    if (!Array.isArray(rules)) continue;
    rules.forEach((rule, i) => {
      const id = (rule as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || id.trim() === '') return;
      const path = `${kind}[${i}].id`;
      const first = seen.get(id.trim());
      if (first) issues.push({ path, code: 'duplicate_id', message: `rule id "${id}" is already used at ${first}` });
      else seen.set(id.trim(), path);
    });
  }
  const grades = model.grades as Record<string, unknown> | undefined;
  if (grades && typeof grades === 'object') {
    const letters = (['A', 'B', 'C'] as const).filter((g) => typeof grades[g] === 'number');
    for (let i = 1; i < letters.length; i++) {
      const higher = letters[i - 1] as string;
      const lower = letters[i] as string;
      if ((grades[lower] as number) >= (grades[higher] as number)) {
        issues.push({
          path: `grades.${lower}`,
          code: 'grades_not_descending',
          message: `grade ${lower} needs a lower minimum than grade ${higher} (${String(grades[higher])})`,
        });
      }
    }
  }
  return issues;
}
