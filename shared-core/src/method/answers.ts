// Answer sets ("1".."15" -> checked or not) and the consensus of several
// respondents. A missing item is unanswered: it counts as not checked and is
// listed as such.
import { z } from '../zod';
import { ROLES, RoleSchema, type Role } from '../roles';
import { CHECKLIST, ITEM_NUMBERS, type ItemNumber } from './checklist';
import { levelForCount, type Level } from './levels';

/** JSON form of one answer set: keys "1".."15", values true (checked) or false. */
export type AnswerSet = Record<string, boolean>;

const ITEM_KEYS = new Set(ITEM_NUMBERS.map(String));

export const AnswersSchema = z.record(z.string(), z.boolean()).superRefine((answers, ctx) => {
  for (const key of Object.keys(answers)) {
    if (!ITEM_KEYS.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: 'not a checklist item: use the item numbers "1" to "15"',
      });
    }
  }
});

export const RespondentSchema = z.object({
  role: RoleSchema,
  name: z.string().trim().min(1).max(120).optional(),
  answers: AnswersSchema,
});
export type Respondent = z.infer<typeof RespondentSchema>;

export const RespondentsSchema = z.array(RespondentSchema).min(1, 'give at least one respondent');

export function isChecked(answers: AnswerSet, item: ItemNumber): boolean {
  return answers[String(item)] === true;
}

export function checkedItems(answers: AnswerSet): ItemNumber[] {
  return CHECKLIST.filter((i) => isChecked(answers, i.number)).map((i) => i.number);
}

export function uncheckedItems(answers: AnswerSet): ItemNumber[] {
  return CHECKLIST.filter((i) => !isChecked(answers, i.number)).map((i) => i.number);
}

export function unansweredItems(answers: AnswerSet): ItemNumber[] {
  return CHECKLIST.filter((i) => typeof answers[String(i.number)] !== 'boolean').map((i) => i.number);
}

/** A copy with only the checklist keys, in the seed's order. */
export function normaliseAnswers(answers: AnswerSet): AnswerSet {
  const out: AnswerSet = {};
  for (const { number } of CHECKLIST) {
    const value = answers[String(number)];
    if (typeof value === 'boolean') out[String(number)] = value;
  }
  return out;
}

export interface Majority {
  answers: AnswerSet;
  /** Items exactly half of the sets checked: counted as unchecked, and flagged. */
  ties: ItemNumber[];
}

/**
 * An item is checked when more than half of all the sets check it (a set that
 * leaves it unanswered counts against). It stays unanswered only when no set
 * answers it.
 */
export function majority(sets: readonly AnswerSet[]): Majority {
  const answers: AnswerSet = {};
  const ties: ItemNumber[] = [];
  for (const { number } of CHECKLIST) {
    const key = String(number);
    const answered = sets.filter((s) => typeof s[key] === 'boolean').length;
    if (answered === 0) continue;
    const yes = sets.filter((s) => s[key] === true).length;
    answers[key] = yes * 2 > sets.length;
    if (yes > 0 && yes * 2 === sets.length) ties.push(number);
  }
  return { answers, ties };
}

export interface Consensus {
  answers: AnswerSet;
  byRole: Partial<Record<Role, Level>>;
  roleAnswers: Partial<Record<Role, AnswerSet>>;
  alignment: Alignment;
}

export interface Alignment {
  /** Items on which the roles' own (majority) answers differ. */
  disagreements: ItemNumber[];
  /** Items the respondents split on evenly (counted as unchecked in the consensus). */
  ties: ItemNumber[];
  /** Highest role level minus lowest role level. */
  levelSpread: number;
}

export function consensusOf(respondents: readonly Respondent[]): Consensus {
  const overall = majority(respondents.map((r) => r.answers));
  const byRole: Partial<Record<Role, Level>> = {};
  const roleAnswers: Partial<Record<Role, AnswerSet>> = {};
  for (const role of ROLES) {
    const sets = respondents.filter((r) => r.role === role).map((r) => r.answers);
    if (sets.length === 0) continue;
    const own = majority(sets).answers;
    roleAnswers[role] = own;
    byRole[role] = levelForCount(checkedItems(own).length);
  }
  const roleSets = Object.values(roleAnswers);
  const disagreements = CHECKLIST.map((i) => i.number).filter((item) => {
    const values = new Set(roleSets.map((set) => isChecked(set, item)));
    return values.size > 1;
  });
  const levels = Object.values(byRole);
  return {
    answers: overall.answers,
    byRole,
    roleAnswers,
    alignment: {
      disagreements,
      ties: overall.ties,
      levelSpread: levels.length === 0 ? 0 : Math.max(...levels) - Math.min(...levels),
    },
  };
}
