import {
  DEFINITION_TEMPLATES,
  DefinitionSetSchema,
  diffDefinitionSets,
  editDefinitionSet,
  newDefinitionSet,
  signDefinitionSet,
  signOffStatus,
  submitForReview,
  supersedeDefinitionSet,
  type DefinitionSet,
} from '../../src';
import { issuesOf, valueOf } from './helpers';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();
const draft = () => valueOf(newDefinitionSet('b2b-standard', { id: 'program-1', by: 'mika', at: at(0) }));
const inReview = () => valueOf(submitForReview(draft(), { by: 'mika', at: at(1) }));
const sign = (set: DefinitionSet, role: string, minute: number, version = set.version) =>
  signDefinitionSet(set, { role, by: `${role}-lead`, at: at(minute), version });
const agreed = () => {
  let set = inReview();
  set = valueOf(sign(set, 'marketing', 2));
  set = valueOf(sign(set, 'insideSales', 3));
  return valueOf(sign(set, 'sales', 4));
};

describe('definition templates', () => {
  it('ship valid sets with ja and en texts for every stage', () => {
    expect(DEFINITION_TEMPLATES.length).toBeGreaterThanOrEqual(2);
    for (const t of DEFINITION_TEMPLATES) {
      const set = valueOf(newDefinitionSet(t.id, { id: t.id, by: 'x', at: at(0) }));
      expect(DefinitionSetSchema.safeParse(set).success).toBe(true);
      for (const text of [t.name, t.description, t.stages.mql.description, t.stages.sal.description, t.stages.sql.description]) {
        expect(text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        expect(text.en).toMatch(/[a-z]/);
      }
    }
  });

  it('refuses an unknown template and bad stages by path', () => {
    expect(issuesOf(newDefinitionSet('nope', { id: 'p', by: 'x', at: at(0) }))[0]?.path).toBe('template');
    const stages = structuredClone(DEFINITION_TEMPLATES[0]!.stages) as unknown as Record<string, Record<string, unknown>>;
    stages.sal!.acceptWithinHours = 0;
    stages.mql!.criteria = { field: 'score', op: 'around', value: 70 };
    const paths = issuesOf(newDefinitionSet(stages, { id: 'p', by: '', at: 'later' })).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['stages.mql.criteria.op', 'stages.sal.acceptWithinHours', 'by', 'at']));
  });
});

describe('sign-off state machine', () => {
  it('starts as a draft at version 1 with a created log entry', () => {
    const set = draft();
    expect(set).toMatchObject({ version: 1, state: 'draft', signatures: [], previous: null });
    expect(set.log).toEqual([{ action: 'created', by: 'mika', at: at(0), version: 1 }]);
  });

  it('goes draft -> in_review -> agreed once marketing, inside sales and sales signed this version', () => {
    let set = inReview();
    expect(set.state).toBe('in_review');
    set = valueOf(sign(set, 'marketing', 2));
    set = valueOf(sign(set, 'insideSales', 3));
    expect(set.state).toBe('in_review');
    expect(signOffStatus(set)).toEqual({ signed: ['marketing', 'insideSales'], missing: ['sales'] });
    set = valueOf(signDefinitionSet(set, { role: 'sales', by: 'ken', at: at(4), version: 1, comment: 'BANT でよい' }));
    expect(set.state).toBe('agreed');
    expect(set.signatures.map((s) => s.role)).toEqual(['marketing', 'insideSales', 'sales']);
    expect(set.signatures[2]).toEqual({ role: 'sales', by: 'ken', at: at(4), version: 1, comment: 'BANT でよい' });
    expect(set.log.map((l) => l.action)).toEqual(['created', 'submitted', 'signed', 'signed', 'signed', 'agreed']);
  });

  it('refuses a signature for another version, naming version', () => {
    const issues = issuesOf(sign(inReview(), 'marketing', 2, 2));
    expect(issues).toEqual([{ path: 'version', code: 'version_mismatch', message: expect.stringContaining('version 2') }]);
  });

  it('refuses a second signature by the same role', () => {
    const once = valueOf(sign(inReview(), 'marketing', 2));
    expect(issuesOf(sign(once, 'marketing', 3))).toEqual([{ path: 'role', code: 'already_signed', message: expect.any(String) }]);
  });

  it('refuses signing a draft, an agreed set, or as admin', () => {
    expect(issuesOf(sign(draft(), 'marketing', 2))[0]?.path).toBe('state');
    expect(issuesOf(sign(agreed(), 'marketing', 9))[0]?.path).toBe('state');
    expect(issuesOf(sign(inReview(), 'admin', 2))[0]?.path).toBe('role');
  });

  it('refuses to submit anything but a draft', () => {
    expect(issuesOf(submitForReview(inReview(), { by: 'x', at: at(3) }))[0]?.code).toBe('wrong_state');
  });

  it('an edit after two signatures makes a new draft version, clears them and keeps the old content', () => {
    let set = inReview();
    set = valueOf(sign(set, 'marketing', 2));
    set = valueOf(sign(set, 'insideSales', 3));
    const old = set.stages;
    const edited = valueOf(
      editDefinitionSet(set, { stages: { sal: { ...set.stages.sal, acceptWithinHours: 8 } } }, { by: 'ken', at: at(5), comment: '8時間に短縮' }),
    );
    expect(edited).toMatchObject({ version: 2, state: 'draft', signatures: [] });
    expect(edited.stages.sal.acceptWithinHours).toBe(8);
    expect(edited.previous).toEqual({ version: 1, description: set.description, stages: old });
    expect(edited.log.at(-1)).toEqual({ action: 'edited', by: 'ken', at: at(5), comment: '8時間に短縮', version: 2 });
    // The old signatures stay in the log, but they no longer count.
    expect(edited.log.filter((l) => l.action === 'signed')).toHaveLength(2);
    expect(signOffStatus(edited).signed).toEqual([]);
    // Signing the new version needs a new review; a signature for version 1 is refused.
    const review = valueOf(submitForReview(edited, { by: 'ken', at: at(6) }));
    expect(issuesOf(sign(review, 'sales', 7, 1))[0]?.path).toBe('version');
    expect(valueOf(sign(review, 'sales', 7, 2)).signatures).toHaveLength(1);
  });

  it('refuses an edit that changes nothing, an invalid edit by path, and an edit of a superseded set', () => {
    const set = draft();
    expect(issuesOf(editDefinitionSet(set, { stages: { mql: set.stages.mql } }, { by: 'x', at: at(2) }))[0]?.code).toBe('no_change');
    const bad = issuesOf(editDefinitionSet(set, { stages: { sql: { criteria: { field: 'need' }, description: set.stages.sql.description } } }, { by: 'x', at: at(2) }));
    expect(bad.map((i) => i.path)).toEqual(['stages.sql.criteria.op']);
    const v1 = agreed();
    const v2 = agreedV2(v1);
    const superseded = valueOf(supersedeDefinitionSet(v1, v2, { by: 'x', at: at(30) }));
    expect(issuesOf(editDefinitionSet(superseded, { description: { ja: 'a', en: 'b' } }, { by: 'x', at: at(31) }))[0]?.code).toBe('wrong_state');
  });

  function agreedV2(v1: DefinitionSet): DefinitionSet {
    let v2 = valueOf(editDefinitionSet(v1, { stages: { mql: { ...v1.stages.mql, criteria: { field: 'score', op: 'gte', value: 80 } } } }, { by: 'x', at: at(10) }));
    v2 = valueOf(submitForReview(v2, { by: 'x', at: at(11) }));
    for (const [i, role] of ['marketing', 'insideSales', 'sales'].entries()) v2 = valueOf(sign(v2, role, 12 + i));
    return v2;
  }

  it('supersedes an agreed set only when a newer version of the same set is agreed', () => {
    const v1 = agreed();
    const draftV2 = valueOf(editDefinitionSet(v1, { description: { ja: '改訂', en: 'revised' } }, { by: 'x', at: at(10) }));
    expect(issuesOf(supersedeDefinitionSet(v1, draftV2, { by: 'x', at: at(11) }))[0]).toMatchObject({ path: 'newer.state', code: 'not_agreed' });
    expect(issuesOf(supersedeDefinitionSet(v1, v1, { by: 'x', at: at(11) }))[0]).toMatchObject({ path: 'newer.version' });
    const v2 = agreedV2(v1);
    const old = valueOf(supersedeDefinitionSet(v1, v2, { by: 'x', at: at(20) }));
    expect(old.state).toBe('superseded');
    expect(old.log.at(-1)).toMatchObject({ action: 'superseded', version: 1, comment: 'superseded by version 2' });
    expect(issuesOf(supersedeDefinitionSet({ ...v1, id: 'other' }, v2, { by: 'x', at: at(20) }))[0]?.path).toBe('newer.id');
  });

  it('never mutates its input and returns plain JSON', () => {
    const set = inReview();
    const copy = structuredClone(set);
    const next = valueOf(sign(set, 'marketing', 2));
    expect(set).toEqual(copy);
    expect(JSON.parse(JSON.stringify(next))).toEqual(next);
  });
});

describe('diff between versions', () => {
  it('lists what changed in words, in ja and en', () => {
    const v1 = draft();
    const v2 = valueOf(
      editDefinitionSet(
        v1,
        {
          stages: {
            mql: { ...v1.stages.mql, criteria: { all: [{ field: 'score', op: 'gte', value: 80 }, { field: 'grade', op: 'in', value: ['A', 'B'] }, { field: 'country', op: 'eq', value: 'JP' }] } },
            sal: { ...v1.stages.sal, acceptWithinHours: 8, rejectReasons: [...v1.stages.sal.rejectReasons.filter((r) => r !== 'duplicate'), 'fake-entry'] },
          },
        },
        { by: 'x', at: at(5) },
      ),
    );
    const en = valueOf(diffDefinitionSets(v2.previous, v2, 'en'));
    expect(en).toEqual([
      { path: 'stages.mql.criteria', change: 'changed', text: 'MQL: criterion changed from "score is 70 or more" to "score is 80 or more"' },
      { path: 'stages.mql.criteria', change: 'added', text: 'MQL: criterion added: country is JP' },
      { path: 'stages.sal.acceptWithinHours', change: 'changed', text: 'SAL: acceptance window changed from 24 to 8 hours' },
      { path: 'stages.sal.rejectReasons', change: 'added', text: 'SAL: reject reason added: Fake or test entry' },
      { path: 'stages.sal.rejectReasons', change: 'removed', text: 'SAL: reject reason removed: Duplicate lead' },
    ]);
    const ja = valueOf(diffDefinitionSets(v1, v2, 'ja'));
    expect(ja[0]?.text).toBe('MQL: 条件を変更「スコア が 70 以上」→「スコア が 80 以上」');
    expect(valueOf(diffDefinitionSets(v1, v1, 'ja'))).toEqual([]);
    expect(valueOf(diffDefinitionSets(null, v1, 'ja'))).toEqual([]);
  });

  it('reports a removed criterion and a changed combinator', () => {
    const v1 = draft();
    const removed = valueOf(editDefinitionSet(v1, { stages: { mql: { ...v1.stages.mql, criteria: { all: [{ field: 'score', op: 'gte', value: 70 }] } } } }, { by: 'x', at: at(5) }));
    expect(valueOf(diffDefinitionSets(v1, removed, 'en'))).toEqual([
      { path: 'stages.mql.criteria', change: 'removed', text: 'MQL: criterion removed: grade is one of A, B' },
    ]);
    const any = valueOf(editDefinitionSet(v1, { stages: { mql: { ...v1.stages.mql, criteria: { any: [{ field: 'score', op: 'gte', value: 70 }, { field: 'grade', op: 'in', value: ['A', 'B'] }] } } } }, { by: 'x', at: at(5) }));
    const changes = valueOf(diffDefinitionSets(v1, any, 'en'));
    expect(changes).toHaveLength(1);
    expect(changes[0]?.text).toContain('any of');
  });

  it('refuses something that is not a set, by path', () => {
    expect(issuesOf(diffDefinitionSets({ stages: {} }, draft(), 'en'))[0]?.path).toMatch(/^previous/);
  });
});
