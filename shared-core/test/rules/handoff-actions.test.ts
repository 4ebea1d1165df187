import { handoffActionOptions, newDefinitionSet, takeHandoffAction, type DefinitionSet } from '../../src';
import { issuesOf, valueOf } from './helpers';

// What a rep may do with a handed-off lead, and what each step writes: one
// behaviour for both CRMs, decided here.
const AT = '2026-11-27T10:00:00.000Z';
const set = (): DefinitionSet => ({ ...valueOf(newDefinitionSet('b2b-standard', { id: 's', by: 'admin', at: '2026-10-01T00:00:00Z' })), state: 'agreed' });
const mql = { mqlAt: '2026-11-27T09:00:00.000Z', assignedAt: '2026-11-27T09:00:00.000Z' };
const allowed = (facts: object) =>
  Object.fromEntries(valueOf(handoffActionOptions(facts, set(), AT, { lang: 'en' })).actions.map((a) => [a.action, a.allowed ? 'yes' : a.why]));

describe('what a rep may do', () => {
  it('accepts, rejects or recycles an MQL of an open cycle; accept and reject are its first touch', () => {
    expect(allowed(mql)).toEqual({ accept: 'yes', reject: 'yes', recycle: 'yes' });
    const options = valueOf(handoffActionOptions(mql, set(), AT)).actions;
    expect(options.map((a) => [a.action, a.countsAsFirstTouch])).toEqual([
      ['accept', true],
      ['reject', true],
      ['recycle', false],
    ]);
    expect(valueOf(takeHandoffAction(mql, set(), { action: 'accept', at: AT }))).toEqual({ salAt: AT, firstTouchAt: AT });
    expect(valueOf(takeHandoffAction(mql, set(), { action: 'reject', reason: 'duplicate', at: AT }))).toEqual({ salRejectedAt: AT, rejectReason: 'duplicate', firstTouchAt: AT });
    expect(valueOf(takeHandoffAction(mql, set(), { action: 'recycle', at: AT }))).toEqual({ recycledAt: AT });
  });

  it('keeps an earlier first touch of the same cycle, and writes a new one over an earlier cycle’s', () => {
    const touched = { ...mql, firstTouchAt: '2026-11-27T09:10:00.000Z' };
    expect(valueOf(takeHandoffAction(touched, set(), { action: 'accept', at: AT }))).toEqual({ salAt: AT });
    const oldTouch = { ...mql, firstTouchAt: '2026-10-01T00:00:00.000Z' };
    expect(valueOf(takeHandoffAction(oldTouch, set(), { action: 'accept', at: AT }))).toEqual({ salAt: AT, firstTouchAt: AT });
  });

  it('decides once per cycle: a decided, recycled or SQL lead, or one never MQL, offers less or nothing', () => {
    expect(allowed({})).toEqual({ accept: 'This lead is not an MQL.', reject: 'This lead is not an MQL.', recycle: 'This lead is not an MQL.' });
    expect(allowed({ ...mql, salAt: AT })).toEqual({ accept: 'This MQL has already been accepted.', reject: 'This MQL has already been accepted.', recycle: 'yes' });
    expect(allowed({ ...mql, salRejectedAt: AT, rejectReason: 'duplicate' })).toMatchObject({ accept: 'This MQL has already been rejected.', recycle: 'yes' });
    expect(allowed({ ...mql, salAt: AT, sqlAt: AT })).toEqual({ accept: 'This lead is already an SQL.', reject: 'This lead is already an SQL.', recycle: 'This lead is already an SQL.' });
    expect(allowed({ ...mql, recycledAt: AT }).accept).toMatch(/recycled/);
    expect(issuesOf(takeHandoffAction({ ...mql, salAt: AT }, set(), { action: 'accept', at: AT }))).toEqual([
      { path: 'action', code: 'not_allowed', message: 'この MQL は既に受け入れ済みです。' },
    ]);
  });

  it('offers the agreed set’s reject reasons and refuses any other', () => {
    const reasons = valueOf(handoffActionOptions(mql, set(), AT, { lang: 'en' })).reasons;
    expect(reasons.map((r) => r.id)).toEqual(set().stages.sal.rejectReasons);
    expect(reasons[0]).toEqual({ id: 'open-opportunity', group: 'procedural', label: 'Already in an open opportunity' });
    expect(issuesOf(takeHandoffAction(mql, set(), { action: 'reject', reason: 'no-budget', at: AT }))[0]).toMatchObject({ path: 'reason', code: 'invalid_reason' });
    expect(issuesOf(takeHandoffAction(mql, set(), { action: 'reject', at: AT }))[0]).toMatchObject({ path: 'reason', code: 'invalid_reason' });
    expect(issuesOf(takeHandoffAction(mql, set(), { action: 'accept', reason: 'duplicate', at: AT }))[0]).toMatchObject({ path: 'reason', code: 'unexpected_reason' });
  });

  it('names bad input', () => {
    expect(issuesOf(takeHandoffAction({ mqlAt: 'soon' }, { id: 'x' }, { action: 'accept', at: AT })).map((i) => i.path)).toEqual(
      expect.arrayContaining(['facts.mqlAt', 'definitions.version']),
    );
    expect(issuesOf(takeHandoffAction(mql, set(), { action: 'approve', at: AT })).map((i) => i.path)).toEqual(['action']);
  });
});
