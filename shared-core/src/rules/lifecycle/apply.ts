import type { StoredFactsInput } from './storedFacts';
import type { FactChanges } from './evaluate';

/** The stored facts once a runner has written `changes` (what the CRM holds after the write). */
export function applyChanges(facts: StoredFactsInput, changes: FactChanges): StoredFactsInput {
  return { ...(facts ?? {}), ...changes };
}
