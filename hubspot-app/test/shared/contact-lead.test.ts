// The HubSpot adapter the cards and the functions share: a contact's
// properties as the core's lead (through the program's mapping over the
// defaults), its handoff facts, and facts written back as property strings.
import {
  hubspotContactFacts,
  hubspotFactWrites,
  hubspotFieldValue,
  hubspotInstant,
  hubspotLead,
  hubspotStoredFacts,
  planHubspotMapping,
} from '../../shared/contactLead';

describe('score inputs from HubSpot properties', () => {
  it('reads numbers and booleans back from HubSpot strings', () => {
    expect(hubspotFieldValue('1200')).toBe(1200);
    expect(hubspotFieldValue('-3.5')).toBe(-3.5);
    expect(hubspotFieldValue('true')).toBe(true);
    expect(hubspotFieldValue(' 営業部長 ')).toBe('営業部長');
    expect(hubspotFieldValue('')).toBeUndefined();
    expect(hubspotFieldValue(null)).toBeUndefined();
  });

  it('accepts ISO dates and epoch milliseconds, and drops anything else', () => {
    expect(hubspotInstant('2026-11-01T00:00:00.000Z')).toBe('2026-11-01T00:00:00.000Z');
    expect(hubspotInstant('1793491200000')).toBe('2026-11-01T00:00:00.000Z');
    expect(hubspotInstant('next week')).toBeUndefined();
  });

  it('lays the program mapping over the defaults; an empty value switches a default off', () => {
    const plan = planHubspotMapping({ title: '', budget: 'ma_budget', employees: 'company.numberofemployees', 'event.webinar': 'ma_webinar_at' });
    expect(plan.contactFields).toContainEqual(['budget', 'ma_budget']);
    expect(plan.contactFields.map(([f]) => f)).not.toContain('title');
    expect(plan.companyFields).toContainEqual(['employees', 'numberofemployees']);
    expect(plan.eventDates).toContainEqual(['webinar', 'ma_webinar_at']);
    expect(plan.contactProperties).toContain('ma_webinar_at');
    expect(plan.companyProperties).toEqual(['annualrevenue', 'industry', 'numberofemployees']);
  });

  it('builds the lead the core scores: fields from contact and company, dated events', () => {
    const lead = hubspotLead(
      '42',
      planHubspotMapping({}),
      { jobtitle: '部長', hs_email_last_open_date: '2026-11-20T00:00:00.000Z', recent_conversion_date: null },
      { numberofemployees: '300', industry: 'manufacturing' },
      [{ at: '2026-11-21T00:00:00.000Z', outcome: 'COMPLETED' }, { at: undefined, outcome: null }],
    );
    expect(lead.fields).toEqual({ title: '部長', employees: 300, industry: 'manufacturing' });
    expect(lead.events).toEqual([
      { type: 'email_open', at: '2026-11-20T00:00:00.000Z', props: { source: 'hs_email_last_open_date' } },
      { type: 'meeting', at: '2026-11-21T00:00:00.000Z', props: { outcome: 'COMPLETED' } },
    ]);
  });
});

describe('the facts a contact stores', () => {
  const properties = {
    ma_mql_at: '2026-11-01T00:00:00.000Z',
    ma_sal_rejected_at: '1793577600000',
    ma_reject_reason: 'not-icp',
    ma_definition_version: '2',
    hs_analytics_source: 'PAID_SEARCH',
    ma_sal_at: '',
    ma_score: '72.5',
    ma_grade: 'B',
    ma_escalation_step: '2',
  };

  it('reads the handoff facts stageOf, handoffStatus and the KPIs read', () => {
    expect(hubspotContactFacts('7', properties)).toEqual({
      id: '7',
      mqlAt: '2026-11-01T00:00:00.000Z',
      salRejectedAt: '2026-11-02T00:00:00.000Z',
      rejectReason: 'not-icp',
      definitionVersion: 2,
      source: 'PAID_SEARCH',
    });
  });

  it('reads what the engine reads: the handoff facts with the stored score, grade and escalation step', () => {
    expect(hubspotStoredFacts(properties)).toEqual({
      mqlAt: '2026-11-01T00:00:00.000Z',
      salRejectedAt: '2026-11-02T00:00:00.000Z',
      rejectReason: 'not-icp',
      definitionVersion: 2,
      source: 'PAID_SEARCH',
      score: 72.5,
      grade: 'B',
      escalationStep: 2,
    });
    // What HubSpot cannot hold as a fact is no fact (a grade edited by hand, a negative step).
    expect(hubspotStoredFacts({ ma_grade: 'E', ma_escalation_step: '-1', ma_score: 'high', ma_definition_version: '0' })).toEqual({});
  });

  it('writes facts back as HubSpot property strings', () => {
    expect(hubspotFactWrites({ score: 85, grade: 'A', mqlAt: '2026-11-27T00:00:00.000Z', definitionVersion: 3, escalationStep: 0 })).toEqual({
      ma_score: '85',
      ma_grade: 'A',
      ma_mql_at: '2026-11-27T00:00:00.000Z',
      ma_definition_version: '3',
      ma_escalation_step: '0',
    });
    expect(hubspotFactWrites({ salRejectedAt: '2026-11-27T00:00:00.000Z', rejectReason: 'duplicate', firstTouchAt: '2026-11-27T00:00:00.000Z' })).toEqual({
      ma_sal_rejected_at: '2026-11-27T00:00:00.000Z',
      ma_reject_reason: 'duplicate',
      ma_first_touch_at: '2026-11-27T00:00:00.000Z',
    });
  });
});
