import { z } from '../../zod';
import { fail, ok, parseWith, type Issue, type Result } from '../../result';
import { SIGNING_ROLES, SigningRoleSchema } from '../../roles';
import { LocalTextSchema } from '../text';
import {
  DefinitionSetSchema,
  DefinitionStagesSchema,
  IsoInstantSchema,
  type DefinitionSet,
  type DefinitionStages,
  type LogEntry,
} from './schema';
import { DEFINITION_TEMPLATES } from './templates';
import { parseScoringModel } from '../scoring/model';

// The sign-off state machine: draft -> in_review -> agreed -> superseded.
// Every function is pure: it takes a set (as stored JSON) and returns the next
// set, or issues saying why the step is refused. Nothing is mutated.

const ActorSchema = z.object({
  by: z.string().trim().min(1, 'who did it is required'),
  at: IsoInstantSchema,
  comment: z.string().optional(),
});

const SignSchema = ActorSchema.extend({ role: SigningRoleSchema, version: z.number().int().min(1) });

const refuse = (path: string, code: string, message: string): Result<never> => fail([{ path, code, message }]);

function withLog(set: DefinitionSet, entry: Omit<LogEntry, 'version'> & { version?: number }): LogEntry[] {
  const e: LogEntry = { action: entry.action, by: entry.by, at: entry.at, version: entry.version ?? set.version };
  if (entry.role) e.role = entry.role;
  if (entry.comment) e.comment = entry.comment;
  return [...set.log, e];
}

function parseBoth<A, B>(a: Result<A>, b: Result<B>): Result<[A, B]> {
  const issues: Issue[] = [...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues)];
  return a.ok && b.ok ? ok([a.value, b.value]) : fail(issues);
}

/** A new draft, version 1, from a template id (string) or from stages of one's own (validated). */
export function newDefinitionSet(
  source: unknown,
  options: { id: string; by: string; at: string | Date; description?: { ja: string; en: string } },
): Result<DefinitionSet> {
  let stages: Result<DefinitionStages>;
  let description = options.description;
  if (typeof source === 'string') {
    const template = DEFINITION_TEMPLATES.find((t) => t.id === source);
    if (!template) {
      return refuse('template', 'unknown_template', `no template "${source}"; one of ${DEFINITION_TEMPLATES.map((t) => t.id).join(', ')}`);
    }
    // A JSON copy, not structuredClone: Lightning Locker and older test DOMs lack it.
    stages = ok(JSON.parse(JSON.stringify(template.stages)) as DefinitionStages);
    description ??= template.description;
  } else {
    stages = parseWith(DefinitionStagesSchema, source, 'stages');
  }
  const meta = parseWith(
    ActorSchema.extend({ id: z.string().trim().min(1, 'an id is required'), description: LocalTextSchema.optional() }),
    options,
  );
  const both = parseBoth(stages, meta);
  if (!both.ok) return both;
  const [s, m] = both.value;
  return ok({
    id: m.id,
    version: 1,
    state: 'draft',
    description: description ?? { ja: '', en: '' },
    stages: s,
    signatures: [],
    log: [{ action: 'created', by: m.by, at: m.at, version: 1 }],
    previous: null,
  });
}

/** Sends a draft to the three departments for review. */
export function submitForReview(set: unknown, options: { by: string; at: string | Date; comment?: string }): Result<DefinitionSet> {
  const both = parseBoth(parseWith(DefinitionSetSchema, set, 'set'), parseWith(ActorSchema, options));
  if (!both.ok) return both;
  const [s, a] = both.value;
  if (s.state !== 'draft') return refuse('state', 'wrong_state', `only a draft can be submitted for review; this set is ${s.state}`);
  return ok({ ...s, state: 'in_review', log: withLog(s, { action: 'submitted', ...a }) });
}

/**
 * One department signs the version it read. The set is agreed exactly when
 * marketing, inside sales and sales have each signed the current version.
 */
export function signDefinitionSet(
  set: unknown,
  options: { role: string; by: string; at: string | Date; comment?: string; version: number },
): Result<DefinitionSet> {
  const both = parseBoth(parseWith(DefinitionSetSchema, set, 'set'), parseWith(SignSchema, options));
  if (!both.ok) return both;
  const [s, sig] = both.value;
  if (s.state !== 'in_review') return refuse('state', 'wrong_state', `only a set in review can be signed; this set is ${s.state}`);
  if (sig.version !== s.version) {
    return refuse('version', 'version_mismatch', `the signature is for version ${sig.version}, but the set is at version ${s.version}; read version ${s.version} and sign it`);
  }
  if (s.signatures.some((x) => x.role === sig.role && x.version === s.version)) {
    return refuse('role', 'already_signed', `${sig.role} has already signed version ${s.version}`);
  }
  const signature = { role: sig.role, by: sig.by, at: sig.at, version: sig.version, ...(sig.comment ? { comment: sig.comment } : {}) };
  const signatures = [...s.signatures, signature];
  let log = withLog(s, { action: 'signed', role: sig.role, by: sig.by, at: sig.at, comment: sig.comment });
  const agreed = SIGNING_ROLES.every((role) => signatures.some((x) => x.role === role && x.version === s.version));
  if (agreed) log = [...log, { action: 'agreed', by: sig.by, at: sig.at, version: s.version }];
  return ok({ ...s, signatures, state: agreed ? 'agreed' : 'in_review', log });
}

/**
 * Any edit makes a new version in draft, clears the signatures (they were for
 * the old wording) and keeps the old content for the diff. A superseded set
 * is history and cannot be edited.
 */
export function editDefinitionSet(
  set: unknown,
  patch: { stages?: Partial<Record<keyof DefinitionStages, unknown>>; description?: unknown; model?: unknown },
  options: { by: string; at: string | Date; comment?: string },
): Result<DefinitionSet> {
  const both = parseBoth(parseWith(DefinitionSetSchema, set, 'set'), parseWith(ActorSchema, options));
  if (!both.ok) return both;
  const [s, a] = both.value;
  if (s.state === 'superseded') return refuse('state', 'wrong_state', 'a superseded set cannot be edited; edit the set in force');
  const candidate = {
    stages: { ...s.stages, ...(patch.stages ?? {}) },
    description: patch.description ?? s.description,
  };
  const parsed = parseWith(z.object({ stages: DefinitionStagesSchema, description: LocalTextSchema }), candidate);
  if (!parsed.ok) return parsed;
  // A model is checked as a model (duplicate rule ids, grade order too), its issues at `model.`.
  let model = s.model;
  if (patch.model !== undefined) {
    const m = parseScoringModel(patch.model);
    if (!m.ok) return fail(m.issues.map((i) => ({ ...i, path: i.path ? `model.${i.path}` : 'model' })));
    model = m.value;
  }
  const content = (x: { stages: unknown; description: unknown; model?: unknown }) => JSON.stringify({ stages: x.stages, description: x.description, model: x.model ?? null });
  if (content({ ...parsed.value, model }) === content(s)) return refuse('stages', 'no_change', 'the edit changes nothing');
  const version = s.version + 1;
  const next: DefinitionSet = {
    ...s,
    version,
    state: 'draft',
    stages: parsed.value.stages,
    description: parsed.value.description,
    signatures: [],
    previous: { version: s.version, description: s.description, stages: s.stages, ...(s.model ? { model: s.model } : {}) },
    log: withLog(s, { action: 'edited', ...a, version }),
  };
  if (model) next.model = model;
  else delete next.model;
  return ok(next);
}

/** Marks an agreed set superseded once a newer version of it is agreed. */
export function supersedeDefinitionSet(
  set: unknown,
  newer: unknown,
  options: { by: string; at: string | Date; comment?: string },
): Result<DefinitionSet> {
  const sets = parseBoth(parseWith(DefinitionSetSchema, set, 'set'), parseWith(DefinitionSetSchema, newer, 'newer'));
  const actor = parseWith(ActorSchema, options);
  if (!sets.ok) return actor.ok ? sets : fail([...sets.issues, ...actor.issues]);
  if (!actor.ok) return actor;
  const [s, n] = sets.value;
  if (s.state !== 'agreed') return refuse('state', 'wrong_state', `only an agreed set can be superseded; this set is ${s.state}`);
  if (n.id !== s.id) return refuse('newer.id', 'other_set', `the newer set is "${n.id}", not a version of "${s.id}"`);
  if (n.version <= s.version) return refuse('newer.version', 'not_newer', `version ${n.version} is not newer than version ${s.version}`);
  if (n.state !== 'agreed') return refuse('newer.state', 'not_agreed', `version ${n.version} is ${n.state}; it must be agreed first`);
  return ok({ ...s, state: 'superseded', log: withLog(s, { action: 'superseded', ...actor.value, comment: actor.value.comment ?? `superseded by version ${n.version}` }) });
}

/** Which signing roles have signed the current version, and which are still missing. */
export function signOffStatus(set: DefinitionSet): { signed: string[]; missing: string[] } {
  const signed = SIGNING_ROLES.filter((role) => set.signatures.some((x) => x.role === role && x.version === set.version));
  return { signed, missing: SIGNING_ROLES.filter((role) => !signed.includes(role)) };
}
