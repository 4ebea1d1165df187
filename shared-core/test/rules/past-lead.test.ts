import { backtest, pastLead, scoreLead, suggestModel } from '../../src';
import { CURRENT_MODEL, outcomeHistory } from './outcomeHistory';
import { issuesOf, valueOf } from './helpers';

// A CRM record becomes a past lead the same way on every surface: judged as of
// its handoff decision, with the outcome dates it stores.
const lead = {
  id: '00Q1',
  fields: { hasBudget: true },
  events: [
    { type: 'form_submit', at: '2026-03-01T10:00:00Z', props: { form: 'demo' } },
    { type: 'page_view', at: '2026-05-20T08:00:00Z', props: { url: '/blog/x' } },
  ],
};

describe('a CRM lead as a past lead', () => {
  it('is judged as of its MQL moment, with the outcome dates it holds', () => {
    const past = pastLead(lead, { mqlAt: '2026-03-02T00:00:00Z', opportunityAt: '2026-04-01T00:00:00Z', wonAt: '2026-06-01T00:00:00Z' });
    expect(past).toEqual({ ...lead, scoredAt: '2026-03-02T00:00:00Z', opportunityAt: '2026-04-01T00:00:00Z', wonAt: '2026-06-01T00:00:00Z' });
  });

  it('is judged as of the earlier decision when a deal opened before the (latest) MQL', () => {
    expect(pastLead(lead, { mqlAt: '2026-05-01T00:00:00Z', opportunityAt: '2026-04-01T00:00:00Z' }).scoredAt).toBe('2026-04-01T00:00:00Z');
    expect(pastLead(lead, { opportunityAt: '2026-04-01T00:00:00Z' }).scoredAt).toBe('2026-04-01T00:00:00Z');
  });

  it('never handed off, is judged as of its latest event, else as of its creation, else not dated', () => {
    expect(pastLead(lead, { mqlAt: null, opportunityAt: null, wonAt: null })).toEqual({ ...lead, scoredAt: '2026-05-20T08:00:00Z' });
    expect(pastLead({ id: 'C1', fields: {} }, {}, { createdAt: '2026-01-05T00:00:00Z' }).scoredAt).toBe('2026-01-05T00:00:00Z');
    expect(pastLead({ id: 'C1', fields: {} }, {})).toEqual({ id: 'C1', fields: {} });
  });

  it('leaves nothing that followed the decision in its score', () => {
    const past = pastLead(lead, { mqlAt: '2026-03-02T00:00:00Z' });
    const scored = valueOf(scoreLead(CURRENT_MODEL, past, past.scoredAt as string));
    // The demo request before the MQL counts; the blog view after it does not.
    expect(scored.contributions.filter((c) => c.kind === 'engagement').map((c) => c.rule)).toEqual(['demo']);
    const never = pastLead(lead, {});
    const all = valueOf(scoreLead(CURRENT_MODEL, never, never.scoredAt as string));
    expect(all.contributions.filter((c) => c.kind === 'engagement').map((c) => c.rule).sort()).toEqual(['blog', 'demo']);
  });

  it('passes an unreadable date on, so the history names it', () => {
    const past = pastLead(lead, { mqlAt: 'yesterday' });
    expect(past.scoredAt).toBe('yesterday');
    expect(issuesOf(backtest(CURRENT_MODEL, [past], { asOf: '2026-12-01' }))[0]?.path).toBe('leads[0].scoredAt');
  });

  it('feeds the suggestion as the history format does', () => {
    // The generated history as a CRM holds it: MQL dates on the handed-off leads, outcome dates, events.
    const history = outcomeHistory({ leads: 1500, seed: 11, signal: true }).map((l) =>
      pastLead(
        { id: l.id, fields: l.fields, events: l.events },
        { mqlAt: l.scoredAt, opportunityAt: l.opportunity ? l.scoredAt : null, wonAt: l.won ? l.scoredAt : null },
      ),
    );
    const suggestion = valueOf(suggestModel(CURRENT_MODEL, { leads: history }, { asOf: '2026-12-01', lang: 'en' }));
    expect(suggestion.improvement).toBe(true);
    expect(suggestion.split.heldOut.leads).toBe(450);
  });
});
