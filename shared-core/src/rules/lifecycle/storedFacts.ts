import { z } from '../../zod';
import { DATED_FACTS } from '../facts/leadFacts';
import { Text, When } from '../facts/values';

// What a CRM stores on a lead now, as the engine reads it: every key optional,
// an empty CRM field (null) the same as absent. Dates are epoch milliseconds
// once parsed. A key the engine does not know is refused, so a misspelt fact
// (`mqlat`) cannot silently restart a cycle.

/** The dated facts the engine stores: the same dates as the CRM's lead facts. */
export const STORED_DATED_FACTS = DATED_FACTS;
export type StoredDatedFact = (typeof STORED_DATED_FACTS)[number];

const StoredFactsObject = z.strictObject({
    mqlAt: When,
    assignedAt: When,
    firstTouchAt: When,
    salAt: When,
    salRejectedAt: When,
    rejectReason: Text,
    recycledAt: When,
    sqlAt: When,
    opportunityAt: When,
    wonAt: When,
    lostAt: When,
    /** The definition-set version under which the open cycle became MQL. */
    definitionVersion: z.number().int().min(1).nullish().transform((v) => v ?? undefined),
    /** The stored total, rounded to one decimal, and grade. */
    score: z.number().refine(Number.isFinite, 'expected a finite number').nullish().transform((v) => v ?? undefined),
    grade: z.enum(['A', 'B', 'C', 'D']).nullish().transform((v) => v ?? undefined),
    /** How many escalation steps of the open cycle were already taken. */
    escalationStep: z.number().int().min(0).nullish().transform((v) => v ?? undefined),
    /** Where the lead came from (read by the KPIs, not by the engine). */
    source: Text,
});

export type StoredFacts = Partial<z.output<typeof StoredFactsObject>>;
export type StoredFactsInput = z.input<typeof StoredFactsObject>;

/** The facts of a lead (none stored: `{}`). */
export const StoredFactsSchema = StoredFactsObject.nullish().transform((v): StoredFacts => v ?? {});

/** The facts as they stood at `asOf`: a date after it has not happened yet. */
export function storedFactsAsOf(facts: StoredFacts, asOfMs: number): StoredFacts {
  const out: StoredFacts = { ...facts };
  for (const key of STORED_DATED_FACTS) {
    const at = out[key];
    if (at !== undefined && at > asOfMs) delete out[key];
  }
  return out;
}
