import {
  authorizeSetWrite,
  authorizeSignature,
  definitionsInForce,
  newDefinitionSet,
  signableRoles,
  submitForReview,
  withStoredSignatures,
  type DefinitionSet,
  type Signature,
} from '../../src';
import { issuesOf, valueOf } from './helpers';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();
const inReview = (): DefinitionSet =>
  valueOf(submitForReview(valueOf(newDefinitionSet('b2b-standard', { id: 'program-1', by: 'mika', at: at(0) })), { by: 'mika', at: at(1) }));
const sig = (role: string, minute: number, version = 1, by = `${role}-lead`): Signature => ({ role, by, at: at(minute), version }) as Signature;
const ALL = [sig('marketing', 2), sig('insideSales', 3), sig('sales', 4)];

describe('a set as its stored signatures make it', () => {
  it('is agreed exactly when all three departments signed its version', () => {
    expect(valueOf(withStoredSignatures(inReview(), ALL.slice(0, 2))).state).toBe('in_review');
    const agreed = valueOf(withStoredSignatures(inReview(), ALL));
    expect(agreed.state).toBe('agreed');
    expect(agreed.signatures.map((s) => s.role)).toEqual(['marketing', 'insideSales', 'sales']);
    expect(agreed.log.map((e) => e.action)).toEqual(['created', 'submitted', 'signed', 'signed', 'signed', 'agreed']);
  });

  it('ignores signatures of another version and keeps the earliest per department', () => {
    const set = valueOf(withStoredSignatures(inReview(), [sig('marketing', 9, 1, 'late'), sig('marketing', 2), sig('insideSales', 3, 2), sig('sales', 4)]));
    expect(set.state).toBe('in_review');
    expect(set.signatures.map((s) => [s.role, s.by])).toEqual([
      ['marketing', 'marketing-lead'],
      ['sales', 'sales-lead'],
    ]);
  });

  it('does not trust a stored "agreed" without the signatures', () => {
    expect(valueOf(withStoredSignatures({ ...inReview(), state: 'agreed' }, [])).state).toBe('in_review');
  });

  it('keeps a draft a draft whatever is stored', () => {
    const draft = valueOf(newDefinitionSet('b2b-standard', { id: 'p', by: 'mika', at: at(0) }));
    expect(valueOf(withStoredSignatures(draft, ALL)).state).toBe('draft');
  });
});

describe('who may sign', () => {
  const signer = (departments: string[]) => ({ by: 'aoi', departments });

  it('answers the signature to store for a department the signer holds', () => {
    const s = valueOf(authorizeSignature(inReview(), [], { role: 'sales', version: 1, at: at(5) }, signer(['sales'])));
    expect(s).toEqual({ role: 'sales', by: 'aoi', at: at(5), version: 1 });
  });

  it('refuses a department the signer does not hold, whatever the client asks', () => {
    expect(issuesOf(authorizeSignature(inReview(), [], { role: 'marketing', version: 1, at: at(5) }, signer(['sales'])))).toEqual([
      { path: 'role', code: 'not_in_department', message: 'aoi does not hold the marketing department and cannot sign for it' },
    ]);
  });

  it('refuses a second signature of the same department, another version, and a set not in review', () => {
    const code = (r: ReturnType<typeof authorizeSignature>) => issuesOf(r)[0]?.code;
    expect(code(authorizeSignature(inReview(), [sig('sales', 2)], { role: 'sales', version: 1, at: at(5) }, signer(['sales'])))).toBe('already_signed');
    expect(code(authorizeSignature(inReview(), [], { role: 'sales', version: 2, at: at(5) }, signer(['sales'])))).toBe('version_mismatch');
    expect(code(authorizeSignature(inReview(), ALL, { role: 'sales', version: 1, at: at(5) }, signer(['sales'])))).toBe('wrong_state');
  });

  it('names the bad field of a malformed attempt or signer', () => {
    const issues = issuesOf(authorizeSignature(inReview(), [], { role: 'boss', version: 1, at: '2026-02-30x' } as never, { by: '', departments: ['x'] }));
    expect(issues.map((i) => i.path).sort()).toEqual(['at', 'role', 'signer.by', 'signer.departments[0]']);
  });

  it('offers only the departments the signer holds and that have not signed', () => {
    const set = valueOf(withStoredSignatures(inReview(), [sig('marketing', 2)]));
    expect(signableRoles(set, { by: 'aoi', departments: ['marketing', 'sales'] })).toEqual(['sales']);
  });
});

describe('which version is in force', () => {
  const v1 = { ...inReview(), state: 'agreed' as const, signatures: ALL };
  const v2 = { ...inReview(), version: 2 };

  it('puts an agreed version in force and supersedes the one before, as record changes', () => {
    const v2Signed = [sig('marketing', 10, 2), sig('insideSales', 11, 2), sig('sales', 12, 2)];
    const answer = valueOf(definitionsInForce([{ key: 'a1', set: v1 }, { key: 'a2', set: v2, signatures: v2Signed }]));
    expect(answer.inForce).toBe('a2');
    expect(answer.states).toEqual({ a1: 'superseded', a2: 'agreed' });
    expect(answer.changes).toEqual([
      { key: 'a1', from: 'agreed', to: 'superseded' },
      { key: 'a2', from: 'in_review', to: 'agreed' },
    ]);
  });

  it('keeps the agreed version in force while a newer one is in review, and changes nothing', () => {
    const answer = valueOf(definitionsInForce([{ key: 'a1', set: v1 }, { key: 'a2', set: v2, signatures: [sig('sales', 12, 2)] }]));
    expect({ inForce: answer.inForce, states: answer.states, changes: answer.changes }).toEqual({ inForce: 'a1', states: { a1: 'agreed', a2: 'in_review' }, changes: [] });
  });

  it('answers each version as it is to be stored: its signatures, its log, and the superseding logged once', () => {
    const v2Signed = [sig('marketing', 10, 2), sig('insideSales', 11, 2), sig('sales', 12, 2, 'sota')];
    const answer = valueOf(definitionsInForce([{ key: 'a1', set: v1 }, { key: 'a2', set: v2, signatures: v2Signed }]));
    const stored = answer.sets;
    expect(stored.a2!.state).toBe('agreed');
    expect(stored.a2!.signatures.map((s) => s.by)).toEqual(['marketing-lead', 'insideSales-lead', 'sota']);
    expect(stored.a2!.log.slice(-1)).toEqual([{ action: 'agreed', by: 'sota', at: at(12), version: 2 }]);
    expect(stored.a1!.state).toBe('superseded');
    expect(stored.a1!.log.slice(-1)).toEqual([{ action: 'superseded', by: 'sota', at: at(12), version: 1, comment: 'superseded by version 2' }]);
    // Stored as answered, the versions derive to the same again: nothing more to write or log.
    const again = valueOf(definitionsInForce([{ key: 'a1', set: stored.a1 }, { key: 'a2', set: stored.a2, signatures: v2Signed }]));
    expect(again.changes).toEqual([]);
    expect(again.sets).toEqual(stored);
  });

  it('answers a version in review with the signatures stored so far', () => {
    const answer = valueOf(definitionsInForce([{ key: 'a2', set: v2, signatures: [sig('sales', 12, 2)] }]));
    expect(answer.inForce).toBeNull();
    expect(answer.sets.a2!.signatures).toEqual([sig('sales', 12, 2)]);
    expect(answer.sets.a2!.log.map((e) => e.action)).toEqual(['created', 'submitted', 'signed']);
  });

  it('names the version whose stored set is not valid', () => {
    expect(issuesOf(definitionsInForce([{ key: 'a1', set: { id: 'x' } }]))[0]?.path).toMatch(/^versions\[0\]\.set\./);
  });
});

describe('what a user may write to a set record', () => {
  const draft = () => valueOf(newDefinitionSet('b2b-standard', { id: 'program-1', by: 'mika', at: at(0) }));
  const code = (r: ReturnType<typeof authorizeSetWrite>) => (r.ok ? 'ok' : issuesOf(r)[0]?.code);

  it('creates a version as a draft or in review, with no signatures', () => {
    expect(code(authorizeSetWrite(null, draft()))).toBe('ok');
    expect(code(authorizeSetWrite(null, inReview()))).toBe('ok');
    expect(code(authorizeSetWrite(null, { ...inReview(), state: 'agreed' }))).toBe('derived_state');
    expect(code(authorizeSetWrite(null, { ...inReview(), signatures: [sig('sales', 4)] }))).toBe('signatures_stored_apart');
  });

  it('moves a set only between draft and in review; agreed and superseded come from the signatures', () => {
    expect(code(authorizeSetWrite(draft(), inReview()))).toBe('ok');
    expect(code(authorizeSetWrite(inReview(), { ...inReview(), state: 'agreed' }))).toBe('derived_state');
    const agreed = valueOf(withStoredSignatures(inReview(), ALL));
    expect(code(authorizeSetWrite(agreed, { ...agreed, state: 'draft' }))).toBe('derived_state');
    expect(code(authorizeSetWrite(agreed, { ...agreed, state: 'superseded' }))).toBe('derived_state');
    expect(issuesOf(authorizeSetWrite(inReview(), { ...inReview(), state: 'agreed' }))[0]?.message).toBe(
      'a set is agreed only from the signatures stored for it; a write cannot move it from in_review to agreed',
    );
  });

  it('keeps the signatures, the content of a version in review and the log as they are stored', () => {
    const review = inReview();
    expect(code(authorizeSetWrite(review, { ...review, signatures: [sig('sales', 4)] }))).toBe('signatures_stored_apart');
    const stages = { ...review.stages, sal: { ...review.stages.sal, acceptWithinHours: 48 } };
    expect(code(authorizeSetWrite(review, { ...review, stages }))).toBe('version_frozen');
    expect(code(authorizeSetWrite(draft(), { ...draft(), stages }))).toBe('ok');
    expect(code(authorizeSetWrite(review, { ...review, log: review.log.slice(1) }))).toBe('log_append_only');
    expect(code(authorizeSetWrite(review, { ...review, log: [...review.log, { action: 'edited', by: 'mika', at: at(9), version: 1 }] }))).toBe('ok');
  });

  it('names the bad field of a malformed set', () => {
    expect(issuesOf(authorizeSetWrite(null, { id: 'x' }))[0]?.path).toMatch(/^set\./);
  });
});
