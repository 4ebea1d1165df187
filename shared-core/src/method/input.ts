// What a diagnosis is computed from: one answer set or several respondents,
// and optionally earlier diagnoses (history) for the trend and the
// "no action after diagnosis" pattern.
import { z } from '../zod';
import { InstantSchema } from '../dates';
import { AnswersSchema, RespondentsSchema, checkedItems, consensusOf, type AnswerSet, type Respondent } from './answers';
import { levelForCount } from './levels';

const ONE_OF_MESSAGE = 'give either "answers" (one answer set) or "respondents" (several), not both';

/**
 * An earlier diagnosis. Its level is always recomputed from its answers; a
 * stored `level` is accepted as a check and refused when it disagrees, so a
 * history edited by hand cannot mislead the trend. A stored record may keep
 * both its respondents and their consensus `answers` (as the CRMs store it):
 * the respondents count, and the answers must then check the same items.
 */
export const HistoryEntrySchema = z
  .object({
    takenAt: InstantSchema,
    answers: AnswersSchema.optional(),
    respondents: RespondentsSchema.optional(),
    level: z.number().int().min(0).max(5).optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.answers && entry.respondents) {
      const stored = checkedItems(entry.answers).join(',');
      const consensus = checkedItems(consensusOf(entry.respondents).answers).join(',');
      if (stored !== consensus) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers'],
          message: `check items [${stored}], but the respondents' consensus checks [${consensus}]`,
        });
        return;
      }
    }
    if (!entry.answers && !entry.respondents) {
      ctx.addIssue({ code: 'custom', path: ['answers'], message: 'an earlier diagnosis needs its "answers" or "respondents"' });
      return;
    }
    if (entry.level !== undefined) {
      const computed = levelForCount(checkedItems(answersOf(entry)).length);
      if (computed !== entry.level) {
        ctx.addIssue({
          code: 'custom',
          path: ['level'],
          message: `is ${entry.level}, but the answers of this diagnosis give level ${computed}`,
        });
      }
    }
  });
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;

export const DiagnosisInputSchema = z
  .object({
    answers: AnswersSchema.optional(),
    respondents: RespondentsSchema.optional(),
    history: z.array(HistoryEntrySchema).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.answers && input.respondents) {
      ctx.addIssue({ code: 'custom', path: ['respondents'], message: ONE_OF_MESSAGE });
    } else if (!input.answers && !input.respondents) {
      ctx.addIssue({ code: 'custom', path: ['answers'], message: `is missing: ${ONE_OF_MESSAGE}` });
    }
  });
export type DiagnosisInput = z.output<typeof DiagnosisInputSchema>;

/** The answers that count: the given set, or the respondents' consensus. */
export function answersOf(entry: { answers?: AnswerSet; respondents?: Respondent[] }): AnswerSet {
  if (entry.respondents) return consensusOf(entry.respondents).answers;
  return entry.answers ?? {};
}
