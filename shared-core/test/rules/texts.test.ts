import { catalogs } from '../../src/i18n';
import { DEFINITION_STATES, ESCALATION_ACTIONS, OPERATORS, REJECT_REASON_GROUPS } from '../../src/rules';

// Keys the rules build from data (`op.${op}`, `handoff.next.${action}` ...) must all exist in both languages.
const built = [
  ...OPERATORS.map((op) => `op.${op}`),
  ...ESCALATION_ACTIONS.map((a) => `handoff.next.${a}`),
  ...REJECT_REASON_GROUPS.map((g) => `rejectGroup.${g}`),
  ...DEFINITION_STATES.map((s) => `definition.state.${s}`),
  ...['waiting', 'on-time', 'at-risk', 'breached', 'accepted', 'rejected', 'recycled'].map((s) => `handoff.status.${s}`),
  ...['lead', 'mql', 'sal', 'sql', 'rejected', 'recycled'].map((s) => `stage.${s}`),
  ...['mql', 'sal', 'sql', 'opportunities', 'won', 'mqlToSqlRate', 'opportunityRate', 'winRate', 'slaCompliance', 'medianMinutesToFirstTouch'].map((k) => `kpi.${k}`),
];

describe('rules texts', () => {
  it.each(built)('%s exists in ja and en', (key) => {
    expect((catalogs.ja as Record<string, string>)[key]).toBeTruthy();
    expect((catalogs.en as Record<string, string>)[key]).toBeTruthy();
  });
});
