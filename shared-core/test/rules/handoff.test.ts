import { DEFAULT_HANDOFF_RULES, HandoffRulesSchema, REJECT_REASONS, handoffStatus, type HandoffRulesInput } from '../../src/rules';
import { issuesOf, valueOf } from './helpers';

const MQL = '2026-11-20T09:00:00.000Z';
const plus = (minutes: number) => new Date(Date.parse(MQL) + minutes * 60_000).toISOString();
const status = (lead: Record<string, unknown>, minutes: number, rules: HandoffRulesInput = DEFAULT_HANDOFF_RULES, lang: 'ja' | 'en' = 'en') =>
  valueOf(handoffStatus({ mqlAt: MQL, ...lead }, rules, plus(minutes), { lang }));

describe('handoff rules', () => {
  it('the defaults are valid: remind at 15, reassign at the 60-minute SLA', () => {
    expect(HandoffRulesSchema.safeParse(DEFAULT_HANDOFF_RULES).success).toBe(true);
    expect(DEFAULT_HANDOFF_RULES.escalation).toEqual([
      { afterMinutes: 15, action: 'remind' },
      { afterMinutes: 60, action: 'reassign' },
    ]);
  });

  it('refuses bad rules by path', () => {
    const bad = { ...DEFAULT_HANDOFF_RULES, firstTouchSlaMinutes: 0, escalation: [{ afterMinutes: 30, action: 'remind' }, { afterMinutes: 20, action: 'reassign' }], recycle: { ...DEFAULT_HANDOFF_RULES.recycle, reason: 'bored' } };
    const paths = issuesOf(handoffStatus({ mqlAt: MQL }, bad, MQL)).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['rules.firstTouchSlaMinutes', 'rules.recycle.reason']));
    const order = issuesOf(handoffStatus({ mqlAt: MQL }, { ...DEFAULT_HANDOFF_RULES, escalation: [{ afterMinutes: 30, action: 'remind' }, { afterMinutes: 20, action: 'reassign' }] }, MQL));
    expect(order.map((i) => i.path)).toEqual(['rules.escalation[1].afterMinutes']);
  });

  it('groups reject reasons as procedural, clerical and definitional, each in ja and en', () => {
    const groups = new Set(REJECT_REASONS.map((r) => r.group));
    expect([...groups].sort()).toEqual(['clerical', 'definitional', 'procedural']);
    for (const r of REJECT_REASONS) {
      expect(r.label.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(r.label.en).toMatch(/[a-z]/);
    }
    expect(new Set(REJECT_REASONS.map((r) => r.id)).size).toBe(REJECT_REASONS.length);
  });
});

describe('handoffStatus at each boundary', () => {
  const assigned = { assignedAt: plus(2) };

  it('is waiting before the lead is an MQL', () => {
    const r = valueOf(handoffStatus({}, DEFAULT_HANDOFF_RULES, MQL, { lang: 'en' }));
    expect(r).toMatchObject({ status: 'waiting', minutesLeft: null, systemDelayMinutes: null, nextAction: { key: 'handoff.next.notMql' } });
    // An mqlAt after asOf has not happened yet.
    expect(valueOf(handoffStatus({ mqlAt: plus(10) }, DEFAULT_HANDOFF_RULES, MQL)).nextAction.key).toBe('handoff.next.notMql');
  });

  it('is waiting while the system has not assigned it, with the delay on the system', () => {
    const r = status({}, 10);
    expect(r).toMatchObject({ status: 'waiting', minutesLeft: 50, systemDelayMinutes: 10, repResponseMinutes: null, nextAction: { key: 'handoff.next.assign' } });
    expect(r.firstTouchDueAt).toBe(plus(60));
  });

  it('is on time after assignment until the reminder minute', () => {
    const r = status(assigned, 14);
    expect(r).toMatchObject({ status: 'on-time', minutesLeft: 46, systemDelayMinutes: 2, repResponseMinutes: 12, nextAction: { key: 'handoff.next.firstTouch', text: 'Make the first touch (46 minutes left).' } });
  });

  it('is at risk exactly at the reminder minute, with a reminder as the next action', () => {
    const r = status(assigned, 15);
    expect(r).toMatchObject({ status: 'at-risk', minutesLeft: 45, minutesOverdue: null, nextAction: { key: 'handoff.next.remind' } });
    expect(status(assigned, 15, DEFAULT_HANDOFF_RULES, 'ja').nextAction.text).toBe('担当者にリマインドしてください(残り 45 分)。');
  });

  it('is still at risk exactly at the SLA minute (a touch now is on time) and reassigns', () => {
    const r = status(assigned, 60);
    expect(r).toMatchObject({ status: 'at-risk', minutesLeft: 0, minutesOverdue: null, nextAction: { key: 'handoff.next.reassign' } });
  });

  it('is breached one moment after the SLA minute', () => {
    const r = status(assigned, 60.5);
    expect(r).toMatchObject({ status: 'breached', minutesLeft: null, minutesOverdue: 0.5, nextAction: { key: 'handoff.next.reassign' } });
    // Unassigned leads breach too: the system delay shows whose fault it is.
    expect(status({}, 61)).toMatchObject({ status: 'breached', systemDelayMinutes: 61 });
  });

  it('escalates to the manager when no step is set', () => {
    const rules = { ...DEFAULT_HANDOFF_RULES, escalation: [] };
    expect(status(assigned, 30, rules).status).toBe('on-time');
    expect(status(assigned, 61, rules).nextAction.key).toBe('handoff.next.notify-manager');
  });

  it('after a touch exactly at the SLA minute it is on time, awaiting acceptance', () => {
    const r = status({ ...assigned, firstTouchAt: plus(60) }, 90);
    expect(r).toMatchObject({ status: 'on-time', minutesLeft: 24 * 60 - 90, minutesOverdue: null, repResponseMinutes: 58, nextAction: { key: 'handoff.next.acceptOrReject' } });
  });

  it('after a late touch it stays breached by the minutes it was late', () => {
    expect(status({ ...assigned, firstTouchAt: plus(75) }, 90)).toMatchObject({ status: 'breached', minutesOverdue: 15 });
  });

  it('breaches when the acceptance window passes without accept or reject (not at its last minute)', () => {
    expect(status({ ...assigned, firstTouchAt: plus(30) }, 24 * 60).status).toBe('on-time');
    expect(status({ ...assigned, firstTouchAt: plus(30) }, 24 * 60 + 1)).toMatchObject({ status: 'breached', minutesOverdue: 1, nextAction: { key: 'handoff.next.acceptOverdue' } });
  });

  it('is accepted after SAL, with the recycle deadline as time left, then recycle advice', () => {
    const lead = { ...assigned, firstTouchAt: plus(20), salAt: plus(120) };
    expect(status(lead, 120)).toMatchObject({ status: 'accepted', minutesLeft: 30 * 1440, nextAction: { key: 'handoff.next.qualify' } });
    expect(status(lead, 120 + 30 * 1440).nextAction.key).toBe('handoff.next.qualify');
    expect(status(lead, 121 + 30 * 1440)).toMatchObject({ status: 'accepted', minutesOverdue: 1, nextAction: { key: 'handoff.next.recycleNoProgress' } });
    expect(status({ ...lead, sqlAt: plus(500) }, 600).nextAction.key).toBe('handoff.next.feedback');
  });

  it('is rejected with a next action by the reason group', () => {
    const rejected = (reason?: string) => status({ ...assigned, salRejectedAt: plus(30), ...(reason ? { rejectReason: reason } : {}) }, 40).nextAction.key;
    expect(rejected('wrong-territory')).toBe('handoff.next.reroute');
    expect(rejected('invalid-contact')).toBe('handoff.next.fixData');
    expect(rejected('no-need')).toBe('handoff.next.recycle');
    expect(rejected()).toBe('handoff.next.reviewRejection');
    expect(status({ ...assigned, salRejectedAt: plus(30) }, 40).status).toBe('rejected');
  });

  it('is recycled with the re-entry rule in words', () => {
    const r = status({ salRejectedAt: plus(30), recycledAt: plus(40) }, 50, DEFAULT_HANDOFF_RULES, 'ja');
    expect(r.status).toBe('recycled');
    expect(r.nextAction.text).toBe('ナーチャリング中です。再度 MQL になる条件: スコア が 70 以上');
  });

  it('ignores facts after asOf', () => {
    expect(status({ ...assigned, firstTouchAt: plus(30), salAt: plus(500) }, 40).status).toBe('on-time');
  });

  it('refuses bad facts by path', () => {
    expect(issuesOf(handoffStatus({ mqlAt: MQL, firstTouchAt: 'soon' }, DEFAULT_HANDOFF_RULES, MQL)).map((i) => i.path)).toEqual(['lead.firstTouchAt']);
  });
});

describe('one rule, one field', () => {
  const touched = { mqlAt: MQL, assignedAt: MQL, firstTouchAt: plus(10) };
  it('takes the SAL window from the agreed set, not from the handoff rules', () => {
    const r = valueOf(handoffStatus(touched, DEFAULT_HANDOFF_RULES, plus(9 * 60), { lang: 'en', acceptWithinHours: 8 }));
    expect(r.status).toBe('breached');
    expect(r.minutesOverdue).toBe(60);
    expect(r.nextAction.text).toBe('The 8-hour acceptance window has passed; accept or reject now.');
    expect(valueOf(handoffStatus(touched, DEFAULT_HANDOFF_RULES, plus(9 * 60), { acceptWithinHours: 24 })).status).toBe('on-time');
  });

  it('reads rules stored in the old shape, ignoring their SAL window and reject reasons', () => {
    const old = { ...DEFAULT_HANDOFF_RULES, salAcceptanceHours: 1, rejectReasons: ['duplicate'] };
    expect(HandoffRulesSchema.parse(old)).toEqual(DEFAULT_HANDOFF_RULES);
    expect(valueOf(handoffStatus(touched, old, plus(9 * 60))).status).toBe('on-time');
  });

  it('refuses a SAL window that is not a positive number of hours', () => {
    expect(issuesOf(handoffStatus(touched, DEFAULT_HANDOFF_RULES, MQL, { acceptWithinHours: 0 })).map((i) => i.path)).toEqual(['acceptWithinHours']);
  });
});
