import { formatClock, formatMinutes, formatRate, formatScore, funnelKpis, percentValue, t, DEFAULT_HANDOFF_RULES } from '../src';

describe('figures in words, the same on every surface', () => {
  it('reads minutes as minutes, hours and minutes, or days and hours', () => {
    expect([45, 125, 60, 33120, 1501.6].map((m) => formatMinutes(m, 'ja'))).toEqual(['45分', '2時間05分', '1時間00分', '23日0時間', '1日1時間']);
    expect([45, 125, 33120].map((m) => formatMinutes(m, 'en'))).toEqual(['45 min', '2 h 05 min', '23 d 0 h']);
    expect(formatMinutes(null, 'ja')).toBe('—');
    expect(formatMinutes(Number.NaN, 'en')).toBe('—');
  });

  it('reads rates with one decimal and scores with at most two', () => {
    expect([1 / 3, 0.5, 0].map(formatRate)).toEqual(['33.3%', '50.0%', '0.0%']);
    expect(formatRate(null)).toBe('—');
    // A chart draws the number the table shows.
    expect([1 / 3, 0.5, 0, 0.0005, null].map(percentValue)).toEqual([33.3, 50, 0, 0.1, null]);
    expect([85, 6.25, 12.5, 99.13974066121648].map(formatScore)).toEqual(['85', '6.25', '12.5', '99.14']);
  });

  it('words the clock: what is overdue first, else what is left, else nothing', () => {
    expect(formatClock({ minutesLeft: 40, minutesOverdue: null }, 'ja')).toBe('残り 40分');
    expect(formatClock({ minutesLeft: 1260, minutesOverdue: 30 }, 'en')).toBe('30 min overdue');
    expect(formatClock({ minutesLeft: null, minutesOverdue: null }, 'en')).toBe('');
  });

  it('gives "effective level" one Japanese name', () => {
    expect(t('ja', 'figure.effectiveLevel')).toBe('実効レベル');
    expect(t('en', 'figure.effectiveLevel')).toBe('Effective level');
  });
});

describe('the KPI SLA', () => {
  const leads = { leads: [{ id: 'a', mqlAt: '2026-11-01T00:00:00Z', firstTouchAt: '2026-11-01T00:45:00Z' }] };
  it('is the handoff rules’ agreed first-touch SLA unless given', () => {
    const asOf = '2026-11-27T00:00:00Z';
    const strict = { ...DEFAULT_HANDOFF_RULES, firstTouchSlaMinutes: 30 };
    const byRules = funnelKpis(leads, { asOf, handoff: strict });
    expect(byRules.ok && [byRules.value.slaMinutes, byRules.value.slaCompliance]).toEqual([30, 0]);
    const byDefault = funnelKpis(leads, { asOf });
    expect(byDefault.ok && [byDefault.value.slaMinutes, byDefault.value.slaCompliance]).toEqual([60, 1]);
    const given = funnelKpis(leads, { asOf, handoff: strict, slaMinutes: 50 });
    expect(given.ok && given.value.slaMinutes).toBe(50);
  });
});
