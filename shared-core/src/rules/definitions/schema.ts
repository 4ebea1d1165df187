import { z } from '../../zod';
import { YEAR_HOURS, parseInstant } from '../../dates';
import { SigningRoleSchema } from '../../roles';
import { ConditionSchema } from '../condition';
import { LocalTextSchema } from '../text';
import { REJECT_REASON_IDS } from '../handoff/rejectReasons';
import { ScoringModelSchema } from '../scoring/model';

/** An instant stored in the set as an ISO string (sets are stored as JSON in the CRM). */
export const IsoInstantSchema = z
  .union([z.string(), z.date()])
  .transform((v, ctx) => {
    const ms = parseInstant(v);
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: 'expected an ISO date such as 2026-11-01T09:00:00Z', input: v });
      return z.NEVER;
    }
    return new Date(ms).toISOString();
  });

/** MQL and SQL: criteria in the condition language, and what they mean in words. */
export const StageDefinitionSchema = z.strictObject({
  criteria: ConditionSchema,
  description: LocalTextSchema,
});

/** SAL: inside sales accepts (or rejects with a reason) within a window. */
export const SalDefinitionSchema = z.strictObject({
  acceptWithinHours: z.number().gt(0, 'acceptWithinHours must be greater than 0').max(YEAR_HOURS, 'acceptWithinHours must be at most 8760 (365 days)'),
  rejectReasons: z
    .array(z.string().refine((id) => REJECT_REASON_IDS.includes(id), { message: 'unknown reject reason; see REJECT_REASONS' }))
    .min(1, 'list at least one reject reason'),
  /** Checks inside sales confirms before accepting (optional). */
  criteria: ConditionSchema.optional(),
  description: LocalTextSchema,
});

export const DefinitionStagesSchema = z.strictObject({
  mql: StageDefinitionSchema,
  sal: SalDefinitionSchema,
  sql: StageDefinitionSchema,
});

export const DEFINITION_STATES = ['draft', 'in_review', 'agreed', 'superseded'] as const;
export type DefinitionState = (typeof DEFINITION_STATES)[number];

export const SignatureSchema = z.strictObject({
  role: SigningRoleSchema,
  by: z.string().min(1),
  at: IsoInstantSchema,
  comment: z.string().optional(),
  version: z.number().int().min(1),
});

export const LOG_ACTIONS = ['created', 'submitted', 'signed', 'agreed', 'edited', 'superseded'] as const;

export const LogEntrySchema = z.strictObject({
  action: z.enum(LOG_ACTIONS),
  role: SigningRoleSchema.optional(),
  by: z.string().min(1),
  at: IsoInstantSchema,
  comment: z.string().optional(),
  version: z.number().int().min(1),
});

export const DefinitionSetSchema = z.strictObject({
  id: z.string().min(1),
  version: z.number().int().min(1),
  state: z.enum(DEFINITION_STATES),
  description: LocalTextSchema,
  stages: DefinitionStagesSchema,
  /**
   * The scoring model this version agrees, when it carries one (a suggested
   * model turned into a draft): agreed with the definitions, it is the model
   * the lifecycle engine scores by while the version is in force.
   */
  model: ScoringModelSchema.optional(),
  signatures: z.array(SignatureSchema),
  log: z.array(LogEntrySchema),
  /** The content of the version this one was edited from, kept for the diff. */
  previous: z
    .strictObject({ version: z.number().int().min(1), description: LocalTextSchema, stages: DefinitionStagesSchema, model: ScoringModelSchema.optional() })
    .nullable()
    .default(null),
});

export type StageDefinition = z.infer<typeof StageDefinitionSchema>;
export type SalDefinition = z.infer<typeof SalDefinitionSchema>;
export type DefinitionStages = z.infer<typeof DefinitionStagesSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type LogEntry = z.infer<typeof LogEntrySchema>;
export type DefinitionSet = z.infer<typeof DefinitionSetSchema>;
export type DefinitionSetInput = z.input<typeof DefinitionSetSchema>;
