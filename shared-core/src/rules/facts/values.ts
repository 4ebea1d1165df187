import { z } from '../../zod';
import { InstantSchema } from '../../dates';

// How a CRM's fact values read, for every schema of lead facts: an empty CRM
// field (null) is the same as absent.

/** A dated fact: an instant, epoch milliseconds once parsed. */
export const When = InstantSchema.nullish().transform((v) => v ?? undefined);
/** A text fact; empty or blank is absent. */
export const Text = z.string().nullish().transform((v) => (v === null || v === undefined || v.trim() === '' ? undefined : v));
