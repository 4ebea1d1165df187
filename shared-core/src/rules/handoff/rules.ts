import { z } from '../../zod';
import { YEAR_DAYS, YEAR_HOURS, YEAR_MINUTES } from '../../dates';
import { ConditionSchema } from '../condition';
import { REJECT_REASON_IDS } from './rejectReasons';

export const ESCALATION_ACTIONS = ['remind', 'notify-manager', 'reassign'] as const;
export const HANDOFF_METHODS = ['task', 'owner-change', 'notification'] as const;

const ReasonId = z.string().refine((id) => REJECT_REASON_IDS.includes(id), { message: 'unknown reject reason; see REJECT_REASONS' });

/** The written handoff from marketing to inside sales, as data. */
export const HandoffRulesSchema = z
  .strictObject({
    /** The handoff starts when a lead becomes MQL. */
    trigger: z.literal('mql').default('mql'),
    /** Who receives the MQL: a role, or a named queue in the CRM. */
    assignee: z.strictObject({ kind: z.enum(['role', 'queue']), value: z.string().min(1) }),
    /** How the CRM hands it over. */
    methods: z.array(z.enum(HANDOFF_METHODS)).min(1, 'choose at least one handoff method'),
    /** First touch is due this many minutes after the lead became MQL. */
    firstTouchSlaMinutes: z.number().int().gt(0, 'firstTouchSlaMinutes must be greater than 0').max(YEAR_MINUTES, 'firstTouchSlaMinutes must be at most 525600 (365 days)'),
    /** Steps by minutes since MQL (e.g. remind at 15, reassign at 60). */
    escalation: z
      .array(z.strictObject({ afterMinutes: z.number().int().min(0).max(YEAR_MINUTES, 'afterMinutes must be at most 525600 (365 days)'), action: z.enum(ESCALATION_ACTIONS) }))
      .default([]),
    /** Inside sales accepts (SAL) or rejects within this many hours of MQL. */
    salAcceptanceHours: z.number().gt(0, 'salAcceptanceHours must be greater than 0').max(YEAR_HOURS, 'salAcceptanceHours must be at most 8760 (365 days)'),
    rejectReasons: z.array(ReasonId).min(1, 'list at least one reject reason'),
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

export type HandoffRules = z.output<typeof HandoffRulesSchema>;
export type HandoffRulesInput = z.input<typeof HandoffRulesSchema>;

/** A sensible start: remind at 15 minutes, reassign at the 60-minute SLA, accept within a working day. */
export const DEFAULT_HANDOFF_RULES: HandoffRules = {
  trigger: 'mql',
  assignee: { kind: 'role', value: 'insideSales' },
  methods: ['task', 'notification'],
  firstTouchSlaMinutes: 60,
  escalation: [
    { afterMinutes: 15, action: 'remind' },
    { afterMinutes: 60, action: 'reassign' },
  ],
  salAcceptanceHours: 24,
  rejectReasons: [...REJECT_REASON_IDS],
  recycle: {
    afterDays: 30,
    reason: 'no-need',
    reentry: { field: 'score', op: 'gte', value: 70 },
  },
  feedbackFields: ['opportunityAt', 'wonAt', 'lostAt', 'amount', 'lostReason'],
};
