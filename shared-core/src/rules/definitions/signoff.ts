import { z } from '../../zod';
import { fail, ok, parseWith, type Issue, type Result } from '../../result';
import { SIGNING_ROLES, SigningRoleSchema, type SigningRole } from '../../roles';
import {
  DefinitionSetSchema,
  IsoInstantSchema,
  SignatureSchema,
  type DefinitionSet,
  type DefinitionState,
  type LogEntry,
  type Signature,
} from './schema';

// Sign-off that binds. A signature is stored on its own (Salesforce: one
// MA_Sign_Off__c record; HubSpot: one property per department and version),
// so concurrent signers of different departments never write the same thing.
// The set's state is derived from those signatures, never trusted on its own:
// a set in review is agreed exactly when marketing, inside sales and sales
// have each signed its version. Who may sign for a department is decided here
// from what the platform says the signed-in user holds, never from a picker.

/** The signed-in user as the platform vouches for them, and the departments they hold. */
export const SignerSchema = z.strictObject({
  by: z.string().trim().min(1, 'who is signing is required'),
  departments: z.array(SigningRoleSchema),
});
export type Signer = z.infer<typeof SignerSchema>;

const AttemptSchema = z.strictObject({
  role: SigningRoleSchema,
  version: z.number().int().min(1),
  at: IsoInstantSchema,
  comment: z.string().max(1000).optional(),
});
export type SignatureAttempt = z.input<typeof AttemptSchema>;

const StoredListSchema = z.array(SignatureSchema);

const refuse = (path: string, code: string, message: string): Result<never> => fail([{ path, code, message }]);

/** One signature per department for the set's version: the earliest stored wins (legacy JSON signatures included). */
function signaturesOfVersion(set: DefinitionSet, stored: readonly Signature[]): Signature[] {
  const byRole = new Map<string, Signature>();
  const all = [...set.signatures, ...stored].filter((s) => s.version === set.version);
  all.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const s of all) if (!byRole.has(s.role)) byRole.set(s.role, s);
  return SIGNING_ROLES.flatMap((role) => {
    const s = byRole.get(role);
    return s ? [s] : [];
  });
}

/** The state the stored signatures give a set: drafts and superseded sets keep theirs. */
export function derivedState(set: DefinitionSet, stored: readonly Signature[]): DefinitionState {
  if (set.state === 'draft' || set.state === 'superseded') return set.state;
  const signed = signaturesOfVersion(set, stored);
  return signed.length === SIGNING_ROLES.length ? 'agreed' : 'in_review';
}

/**
 * The set as its stored signatures make it: `signatures` holds one per
 * department for its version, `state` is derived, and the log gains the
 * signatures and the agreement in time order.
 */
export function withStoredSignatures(set: unknown, stored: unknown): Result<DefinitionSet> {
  const s = parseWith(DefinitionSetSchema, set, 'set');
  const list = parseWith(StoredListSchema, stored, 'signatures');
  if (!s.ok || !list.ok) return fail([...(s.ok ? [] : s.issues), ...(list.ok ? [] : list.issues)]);
  const value = s.value;
  const signatures = value.state === 'draft' ? [] : signaturesOfVersion(value, list.value);
  const state = derivedState(value, list.value);
  const logged = new Set(value.log.filter((e) => e.action === 'signed' && e.version === value.version).map((e) => e.role));
  const log: LogEntry[] = [...value.log];
  for (const sig of signatures) {
    if (logged.has(sig.role)) continue;
    log.push({ action: 'signed', role: sig.role, by: sig.by, at: sig.at, version: sig.version, ...(sig.comment ? { comment: sig.comment } : {}) });
  }
  const last = signatures[signatures.length - 1];
  if (state === 'agreed' && last && !log.some((e) => e.action === 'agreed' && e.version === value.version)) {
    log.push({ action: 'agreed', by: last.by, at: last.at, version: value.version });
  }
  return ok({ ...value, signatures, state, log });
}

/**
 * May `signer` sign `role` on this set now? Answers the signature to store,
 * or why not: the signer does not hold the department, the set is not in
 * review, the version is not the set's, or the department has signed it.
 */
export function authorizeSignature(set: unknown, stored: unknown, attempt: SignatureAttempt, signer: unknown): Result<Signature> {
  const current = withStoredSignatures(set, stored);
  const a = parseWith(AttemptSchema, attempt);
  const who = parseWith(SignerSchema, signer, 'signer');
  const issues: Issue[] = [...(current.ok ? [] : current.issues), ...(a.ok ? [] : a.issues), ...(who.ok ? [] : who.issues)];
  if (!current.ok || !a.ok || !who.ok) return fail(issues);
  const s = current.value;
  const { role, version, at, comment } = a.value;
  if (!who.value.departments.includes(role)) {
    return refuse('role', 'not_in_department', `${who.value.by} does not hold the ${role} department and cannot sign for it`);
  }
  if (s.state !== 'in_review') return refuse('state', 'wrong_state', `only a set in review can be signed; this set is ${s.state}`);
  if (version !== s.version) {
    return refuse('version', 'version_mismatch', `the signature is for version ${version}, but the set is at version ${s.version}; read version ${s.version} and sign it`);
  }
  if (s.signatures.some((x) => x.role === role)) return refuse('role', 'already_signed', `${role} has already signed version ${s.version}`);
  return ok({ role, by: who.value.by, at, version, ...(comment ? { comment } : {}) });
}

/** The departments a signer may still sign for on this set (for a surface to offer, never to decide). */
export function signableRoles(set: DefinitionSet, signer: Signer): SigningRole[] {
  if (set.state !== 'in_review') return [];
  return signer.departments.filter((role) => !set.signatures.some((x) => x.role === role && x.version === set.version));
}

/** The states a user's write may move a set between; agreed and superseded come from the signatures alone. */
const WRITABLE_STATES: readonly DefinitionState[] = ['draft', 'in_review'];

const contentOf = (set: DefinitionSet) => JSON.stringify([set.id, set.version, set.description, set.stages, set.model ?? null, set.previous]);

/**
 * May a user store `next` as a definition set record that held `stored` (null
 * for a new record)? The agreement binds the exact version signed, and only
 * the signatures stored apart make it: a user's write keeps the signatures as
 * they are stored (a new version starts with none), moves the state only
 * between draft and in review, leaves the content of a version once it is in
 * review (an edit makes a new version), and only adds to the log.
 */
export function authorizeSetWrite(stored: unknown, next: unknown): Result<DefinitionSet> {
  const n = parseWith(DefinitionSetSchema, next, 'set');
  const s = stored === null || stored === undefined ? ok(null) : parseWith(DefinitionSetSchema, stored, 'stored');
  if (!n.ok || !s.ok) return fail([...(s.ok ? [] : s.issues), ...(n.ok ? [] : n.issues)]);
  const before = s.value;
  const after = n.value;
  const beforeState = before ? before.state : null;
  if (after.state !== beforeState && !(WRITABLE_STATES.includes(after.state) && (beforeState === null || WRITABLE_STATES.includes(beforeState)))) {
    return refuse('state', 'derived_state', `a set is ${after.state === 'agreed' || after.state === 'superseded' ? `${after.state} only` : 'agreed or superseded'} from the signatures stored for it; a write cannot move it from ${beforeState ?? 'nothing'} to ${after.state}`);
  }
  if (JSON.stringify(after.signatures) !== JSON.stringify(before ? before.signatures : [])) {
    return refuse('signatures', 'signatures_stored_apart', 'signatures are stored one per department and version as sign-offs; a write of the set cannot add, change or remove them');
  }
  if (before && before.state !== 'draft' && contentOf(after) !== contentOf(before)) {
    return refuse('stages', 'version_frozen', `version ${before.version} is ${before.state}: its content is what was signed and stays as it is; edit it into a new version`);
  }
  if (before && JSON.stringify(after.log.slice(0, before.log.length)) !== JSON.stringify(before.log)) {
    return refuse('log', 'log_append_only', 'the log keeps what it holds; a write may only add entries');
  }
  return ok(after);
}

/** One stored version of a program's definitions: the CRM's key for it, the set, and its stored signatures. */
export interface StoredDefinitionVersion {
  key: string;
  set: unknown;
  signatures?: unknown;
}

export interface DefinitionsInForce {
  /** The key of the set in force: the highest agreed version, or null. */
  inForce: string | null;
  /** Every version's derived state, by key. */
  states: Record<string, DefinitionState>;
  /** The versions whose derived state differs from the state they store: what to write. */
  changes: { key: string; from: DefinitionState; to: DefinitionState }[];
  /**
   * Every version's set as it is to be stored, by key: signatures and log as
   * withStoredSignatures gives them, the state above, and a version superseded
   * now logged as superseded when the version in force was agreed.
   */
  sets: Record<string, DefinitionSet>;
}

/**
 * Which version is in force and which are superseded, from the versions
 * alone: agreeing a version puts it in force and supersedes the one before,
 * returned as one set of record changes against what each record stores.
 */
export function definitionsInForce(versions: readonly StoredDefinitionVersion[]): Result<DefinitionsInForce> {
  const issues: Issue[] = [];
  const derived: { key: string; stored: DefinitionState; set: DefinitionSet }[] = [];
  versions.forEach((v, i) => {
    const r = withStoredSignatures(v.set, v.signatures ?? []);
    if (!r.ok) issues.push(...r.issues.map((x) => ({ ...x, path: `versions[${i}].${x.path}` })));
    else derived.push({ key: v.key, stored: (v.set as { state: DefinitionState }).state, set: r.value });
  });
  if (issues.length) return fail(issues);
  const agreed = derived.filter((d) => d.set.state === 'agreed').sort((a, b) => b.set.version - a.set.version);
  const top = agreed[0];
  const agreement = top?.set.log.find((e) => e.action === 'agreed' && e.version === top.set.version);
  const states: Record<string, DefinitionState> = {};
  const changes: DefinitionsInForce['changes'] = [];
  const sets: Record<string, DefinitionSet> = {};
  for (const d of derived) {
    const state = d.set.state === 'agreed' && d !== top ? 'superseded' : d.set.state;
    states[d.key] = state;
    if (d.stored !== state) changes.push({ key: d.key, from: d.stored, to: state });
    const supersededNow = state === 'superseded' && d.set.state !== 'superseded' && top && agreement;
    const log: LogEntry[] = supersededNow
      ? [...d.set.log, { action: 'superseded', by: agreement.by, at: agreement.at, version: d.set.version, comment: `superseded by version ${top.set.version}` }]
      : d.set.log;
    sets[d.key] = { ...d.set, state, log };
  }
  return ok({ inForce: top ? top.key : null, states, changes, sets });
}
