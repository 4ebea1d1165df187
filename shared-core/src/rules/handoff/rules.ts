import { z } from '../../zod';
import { YEAR_DAYS, YEAR_MINUTES } from '../../dates';
import { ConditionSchema } from '../condition';
import { REJECT_REASON_IDS } from './rejectReasons';

export const ESCALATION_ACTIONS = ['remind', 'notify-manager', 'reassign'] as const;
export const HANDOFF_METHODS = ['task', 'owner-change', 'notification'] as const;
export const ASSIGNEE_KINDS = ['role', 'queue', 'user'] as const;

const ReasonId = z.string().refine((id) => REJECT_REASON_IDS.includes(id), { message: 'unknown reject reason; see REJECT_REASONS' });

/** Who receives a lead: a department (role), a named queue, or a user of the CRM. */
export const AssigneeSchema = z.strictObject({ kind: z.enum(ASSIGNEE_KINDS), value: z.string().trim().min(1, 'name the role, queue or user') });
export type Assignee = z.infer<typeof AssigneeSchema>;

/**
 * Fields of the old shape that now live in the agreed definition set (one
 * rule, one field): the SAL window is `stages.sal.acceptWithinHours` and the
 * reject reasons `stages.sal.rejectReasons`. Stored rules that still carry
 * them parse; the two fields are read past and never used.
 */
const LEGACY_KEYS = ['salAcceptanceHours', 'rejectReasons'] as const;
const withoutLegacy = (v: unknown): unknown => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const rest: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  for (const k of LEGACY_KEYS) delete rest[k];
  return rest;
};

/** The written handoff from marketing to inside sales, as data: the mechanics only. */
const HandoffRulesObject = z
  .strictObject({
    /** The handoff starts when a lead becomes MQL. */
    trigger: z.literal('mql').default('mql'),
    /** Who receives the MQL. */
    assignee: AssigneeSchema,
    /** Who a `reassign` escalation hands the lead to (none: the CRM's own fallback). */
    fallback: AssigneeSchema.optional(),
    /** How the CRM hands it over. */
    methods: z.array(z.enum(HANDOFF_METHODS)).min(1, 'choose at least one handoff method'),
    /** First touch is due this many minutes after the lead became MQL. */
    firstTouchSlaMinutes: z.number().int().gt(0, 'firstTouchSlaMinutes must be greater than 0').max(YEAR_MINUTES, 'firstTouchSlaMinutes must be at most 525600 (365 days)'),
    /** Steps by minutes since MQL (e.g. remind at 15, reassign at 60). */
    escalation: z
      .array(z.strictObject({ afterMinutes: z.number().int().min(0).max(YEAR_MINUTES, 'afterMinutes must be at most 525600 (365 days)'), action: z.enum(ESCALATION_ACTIONS) }))
      .default([]),
    /** Back to nurture after N days without progress, and how the lead may come back. */
    recycle: z.strictObject({
      afterDays: z.number().gt(0, 'afterDays must be greater than 0').max(YEAR_DAYS, 'afterDays must be at most 365'),
      reason: ReasonId.optional(),
      /** Re-entry: the lead becomes MQL again when this holds (fields and score, as in stage criteria). */
      reentry: ConditionSchema,
    }),
    /** Deal-outcome fields that flow back from the CRM to MA (the feedback loop). */
    feedbackFields: z.array(z.string().min(1)).default([]),
  })
  .superRefine((rules, ctx) => {
    rules.escalation.forEach((step, i) => {
      const prev = rules.escalation[i - 1];
      if (prev && step.afterMinutes <= prev.afterMinutes) {
        ctx.addIssue({ code: 'custom', path: ['escalation', i, 'afterMinutes'], message: 'escalation steps must be in increasing order of minutes', input: step });
      }
    });
  });

export const HandoffRulesSchema = z.preprocess(withoutLegacy, HandoffRulesObject);

export type HandoffRules = z.output<typeof HandoffRulesObject>;
export type HandoffRulesInput = z.input<typeof HandoffRulesObject>;

/** The SAL window when no agreed set says otherwise (the templates agree 24 to 48 hours). */
export const DEFAULT_SAL_WINDOW_HOURS = 24;

/** A sensible start: remind at 15 minutes, reassign at the 60-minute SLA, recycle after 30 days. */
export const DEFAULT_HANDOFF_RULES: HandoffRules = {
  trigger: 'mql',
  assignee: { kind: 'role', value: 'insideSales' },
  methods: ['task', 'notification'],
  firstTouchSlaMinutes: 60,
  escalation: [
    { afterMinutes: 15, action: 'remind' },
    { afterMinutes: 60, action: 'reassign' },
  ],
  recycle: {
    afterDays: 30,
    reason: 'no-need',
    reentry: { field: 'score', op: 'gte', value: 70 },
  },
  feedbackFields: ['opportunityAt', 'wonAt', 'lostAt', 'amount', 'lostReason'],
};
