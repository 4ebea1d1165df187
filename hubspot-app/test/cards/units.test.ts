// The cards' small pure pieces: the function answer envelope, the field
// mapping from HubSpot properties to score inputs, the contact's handoff facts,
// the number formats, and the ja/en interface texts.
import { CHROME, chrome } from '../../src/app/cards/chrome';
import { factsFromProperties } from '../../src/app/cards/contactFacts';
import { formatMinutes, formatRate, formatScore } from '../../src/app/cards/format';
import { callAppFunction, readFunctionAnswer } from '../../src/app/cards/functions';
import { langOfContext } from '../../src/app/cards/lang';
import { buildLead, fieldValue, instantValue, planMapping } from '../../src/app/cards/leadMapping';

describe('function answers', () => {
  it('passes a value or a known error through', () => {
    expect(readFunctionAnswer({ ok: true, value: { revision: 3 } })).toEqual({ ok: true, value: { revision: 3 } });
    expect(readFunctionAnswer({ ok: false, error: { code: 'stale', message: 'changed', field: 'expectedRevision' } })).toEqual({
      ok: false,
      error: { code: 'stale', message: 'changed', field: 'expectedRevision' },
    });
  });

  it('never trusts an answer of another shape', () => {
    expect(readFunctionAnswer('hello')).toMatchObject({ ok: false, error: { code: 'platform' } });
    expect(readFunctionAnswer({ status: 'SUCCESS', response: {} })).toMatchObject({ ok: false, error: { code: 'platform' } });
    expect(readFunctionAnswer({ ok: false, error: { code: 'teapot', message: 7 } })).toEqual({
      ok: false,
      error: { code: 'crm-error', message: 'unknown error' },
    });
  });

  it('turns a platform failure into an error answer instead of throwing', async () => {
    // Outside HubSpot's worker there is no `serverless` global: the call fails like a platform outage.
    const answer = await callAppFunction('ma-load-program', { companyId: '1' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'platform' } });
  });
});

describe('score inputs from HubSpot properties', () => {
  it('reads numbers and booleans back from HubSpot strings', () => {
    expect(fieldValue('1200')).toBe(1200);
    expect(fieldValue('-3.5')).toBe(-3.5);
    expect(fieldValue('true')).toBe(true);
    expect(fieldValue(' 営業部長 ')).toBe('営業部長');
    expect(fieldValue('')).toBeUndefined();
    expect(fieldValue(null)).toBeUndefined();
  });

  it('accepts ISO dates and epoch milliseconds, and drops anything else', () => {
    expect(instantValue('2026-11-01T00:00:00.000Z')).toBe('2026-11-01T00:00:00.000Z');
    expect(instantValue('1793491200000')).toBe('2026-11-01T00:00:00.000Z');
    expect(instantValue('next week')).toBeUndefined();
  });

  it('lays the program mapping over the defaults; an empty value switches a default off', () => {
    const plan = planMapping({ title: '', budget: 'ma_budget', employees: 'company.numberofemployees', 'event.webinar': 'ma_webinar_at' });
    expect(plan.contactFields).toContainEqual(['budget', 'ma_budget']);
    expect(plan.contactFields.map(([f]) => f)).not.toContain('title');
    expect(plan.companyFields).toContainEqual(['employees', 'numberofemployees']);
    expect(plan.eventDates).toContainEqual(['webinar', 'ma_webinar_at']);
    expect(plan.contactProperties).toContain('ma_webinar_at');
    expect(plan.companyProperties).toEqual(['annualrevenue', 'industry', 'numberofemployees']);
  });

  it('builds the lead the core scores: fields from contact and company, dated events', () => {
    const lead = buildLead(
      '42',
      planMapping({}),
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

  it('reads the handoff facts a contact carries', () => {
    expect(
      factsFromProperties('7', {
        ma_mql_at: '2026-11-01T00:00:00.000Z',
        ma_sal_rejected_at: '1793577600000',
        ma_reject_reason: 'not-icp',
        ma_definition_version: '2',
        hs_analytics_source: 'PAID_SEARCH',
        ma_sal_at: '',
      }),
    ).toEqual({
      id: '7',
      mqlAt: '2026-11-01T00:00:00.000Z',
      salRejectedAt: '2026-11-02T00:00:00.000Z',
      rejectReason: 'not-icp',
      definitionVersion: 2,
      source: 'PAID_SEARCH',
    });
  });
});

describe('formats and languages', () => {
  it('rounds as documented', () => {
    expect(formatRate(1 / 3)).toBe('33.3%');
    expect(formatRate(null)).toBe('—');
    expect(formatScore(6.25)).toBe('6.25');
    expect(formatScore(85.0000001)).toBe('85');
    expect(formatMinutes(44.5)).toBe('44.5');
  });

  it('follows the HubSpot user locale', () => {
    expect(langOfContext({ user: { locale: 'ja-jp' } })).toBe('ja');
    expect(langOfContext({ user: { locale: 'en-us' } })).toBe('en');
    expect(langOfContext({ user: { language: 'ja' } })).toBe('ja');
    expect(langOfContext(undefined)).toBe('en');
  });

  it('has every interface text in both languages with the same placeholders', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    expect(Object.keys(CHROME.en).sort()).toEqual(Object.keys(CHROME.ja).sort());
    for (const key of Object.keys(CHROME.ja) as (keyof typeof CHROME.ja)[]) {
      expect(CHROME.ja[key].trim()).not.toBe('');
      expect(CHROME.en[key].trim()).not.toBe('');
      expect(placeholders(CHROME.en[key])).toEqual(placeholders(CHROME.ja[key]));
    }
    expect(chrome('en', 'plan.progress', { done: 2, total: 5 })).toBe('Tasks completed: 2 / 5');
  });
});
