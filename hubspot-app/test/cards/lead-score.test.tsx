import { Accordion, Alert, Button, EmptyState, ErrorState, List, LoadingSpinner, Select, StatisticsItem, StatusTag, Table, TableCell, TableRow, Tag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { t } from '@ma-maturity/shared-core';
import { LeadScoreCard } from '../../src/app/cards/LeadScoreCard';
import { makeUseLeadScoreData } from '../../src/app/cards/useLeadScoreData';
import { allText, crmContext, fakeCaller, fire, fixedHook, ok, stale, tableBody } from './helpers';
import { DEFAULT_HANDOFF_RULES, definitionSet, programView, SCORING_MODEL } from './fixtures';

const CONTACT = {
  ma_program_id: '900',
  ma_mql_at: '2026-11-01T00:00:00.000Z',
  ma_score: '100',
  ma_grade: 'A',
  ma_evaluated_at: '2026-11-01T00:00:00.000Z',
  hs_lastmodifieddate: '2026-11-02T03:04:05.000Z',
  hs_analytics_source: 'ORGANIC_SEARCH',
  jobtitle: '営業部長',
  recent_conversion_date: '2026-11-01T00:00:00.000Z',
};

const COMPANY = { numberofemployees: '1200', industry: 'manufacturing', annualrevenue: null };

/** The contact as the card reads it (useCrmProperties): CONTACT with `changes` on top (null clears a property). */
function contactIs(mocks: ReturnType<typeof createRenderer>['mocks'], changes: Record<string, string | null> = {}) {
  const properties: Record<string, string | null> = { ...CONTACT, ...changes };
  mocks.useCrmProperties.willCall((names: string[]) => ({
    properties: Object.fromEntries(names.map((n) => [n, properties[n] ?? null])),
    error: null,
    isLoading: false,
    isRefetching: false,
    refetch: async () => {},
  }));
}

const pagination = { hasNextPage: false, hasPreviousPage: false, currentPage: 1, pageSize: 10, nextPage: () => {}, previousPage: () => {}, reset: () => {} };

function setup(locale: 'ja-jp' | 'en-us' = 'ja-jp') {
  const renderer = createRenderer('crm.record.sidebar');
  const { mocks } = renderer;
  contactIs(mocks);
  mocks.useAssociations.willCall((config) => ({
    results: [
      {
        toObjectId: 77,
        associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 1, label: 'Primary' }],
        properties: Object.fromEntries((config.properties ?? []).map((n) => [n, (COMPANY as Record<string, string | null>)[n] ?? null])),
      },
    ],
    error: null,
    isLoading: false,
    isRefetching: false,
    refetch: async () => {},
    pagination,
  }));
  mocks.useCrmSearch.willCall(() => ({
    results: [{ objectId: 3, properties: { hs_timestamp: '2026-10-20T01:00:00.000Z', hs_meeting_outcome: 'COMPLETED' } }],
    total: 1,
    error: null,
    isLoading: false,
    isRefetching: false,
    refetch: async () => {},
    pagination,
  }));
  // 0.17.0 does not route useCrmSearch to its mock; the card's hook takes the renderer's spy instead.
  const useData = makeUseLeadScoreData(mocks.useCrmSearch as never, () => '2026-11-02T09:00:00.000Z');
  return { ...renderer, useData, context: crmContext(mocks.context, locale, 501) };
}

const program = () =>
  programView({
    companyId: '900',
    program: { scoringModel: SCORING_MODEL, handoffRules: DEFAULT_HANDOFF_RULES, fieldMapping: {} },
    definitions: { current: definitionSet(['marketing', 'insideSales', 'sales']), inForce: definitionSet(['marketing', 'insideSales', 'sales']) },
  });

describe('Lead score card', () => {
  it('shows a spinner while loading', () => {
    const { render, findByTestId, context } = setup();
    render(<LeadScoreCard context={context} useData={fixedHook({ status: 'loading' })} />);
    expect(findByTestId(LoadingSpinner, 'state-loading')).toBeTruthy();
  });

  it('shows the CRM error when the contact cannot be read', async () => {
    const { render, findByTestId, waitFor, mocks, useData, context } = setup('en-us');
    mocks.useCrmProperties.willCall(() => ({ properties: {}, error: new Error('403 MISSING_SCOPES'), isLoading: false, isRefetching: false, refetch: async () => {} }));
    const { call } = fakeCaller({ 'ma-load-program': ok(program()) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => expect(allText(findByTestId(ErrorState, 'state-error'))).toContain('403 MISSING_SCOPES'));
  });

  it('says so when the program has no scoring model yet, and when there is no program', async () => {
    const first = setup('en-us');
    const noModel = fakeCaller({ 'ma-load-program': ok(programView({ companyId: '900' })) });
    first.render(<LeadScoreCard context={first.context} call={noModel.call} useData={first.useData} />);
    await first.waitFor(() => expect(first.findByTestId(EmptyState, 'state-empty').props.title).toBe('No scoring model saved yet'));

    const second = setup('en-us');
    const none = fakeCaller({ 'ma-load-program': { ok: false, error: { code: 'not-found', message: 'no default program' } } });
    second.render(<LeadScoreCard context={second.context} call={none.call} useData={second.useData} />);
    await second.waitFor(() => expect(second.findByTestId(EmptyState, 'state-empty').props.title).toBe('No MA program set up yet'));
  });

  it('shows the score the server stored and when, the stage of the stored facts and the clock, and computes no score', async () => {
    const { render, findByTestId, findAll, waitFor, mocks, useData, context } = setup('ja-jp');
    const { call, calls } = fakeCaller({ 'ma-load-program': ok(program()) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => findByTestId(StatisticsItem, 'score-total'));
    expect(calls).toEqual([{ name: 'ma-load-program', parameters: { companyId: '900', lang: 'ja' } }]);
    const propertyCalls = mocks.useCrmProperties.calls.map(([names]) => names);
    expect(propertyCalls.some((names) => names.includes('ma_mql_at') && names.includes('ma_score') && names.includes('ma_evaluated_at'))).toBe(true);
    expect(propertyCalls.some((names) => names.includes('jobtitle') && names.includes('recent_conversion_date'))).toBe(true);
    expect(mocks.useAssociations.calls.at(-1)?.[0]).toMatchObject({ toObjectType: 'companies', properties: ['annualrevenue', 'industry', 'numberofemployees'] });
    expect(mocks.useCrmSearch.calls.at(-1)?.[0]).toMatchObject({
      objectType: 'meetings',
      filterGroups: [{ filters: [{ propertyName: 'associations.contact', operator: 'EQ', value: '501' }] }],
    });
    // The stored figures, not a score of the card's own: the fixture's inputs would score 100 with the model, so the server's 100 shows;
    // a stored value the inputs would not give shows as stored (next test).
    expect(findByTestId(StatisticsItem, 'score-total').props.number).toBe('100');
    expect(findByTestId(Tag, 'score-grade').text).toBe('A');
    expect(findByTestId(Text, 'score-evaluated-at').text).toBe('2026-11-01 00:00 (UTC) にサーバーが計算して保存');
    expect(findAll(StatisticsItem).map((s) => s.props.testId)).toEqual(['score-total']);
    // The inputs as read through the default mapping: company fields from the association, events by type.
    expect(findByTestId(Text, 'score-input-employees').text).toBe('1200');
    expect(findByTestId(Text, 'score-input-title').text).toBe('営業部長');
    expect(findByTestId(Text, 'score-input-event-meeting').text).toBe('1件（最新 2026-10-20）');
    expect(findByTestId(StatusTag, 'score-stage').text).toBe('MQL');
    // MQL on 2026-11-01, never touched: the 60-minute first-touch SLA is long past.
    expect(findByTestId(StatusTag, 'handoff-status').text).toBe('SLA超過');
    expect(findByTestId(Text, 'handoff-clock').text).toBe('1日8時間 超過');
  });

  it('shows the stored score as stored, and says when the server has not evaluated the contact yet', async () => {
    const first = setup('en-us');
    contactIs(first.mocks, { ma_score: '12.25', ma_grade: 'C' });
    const { call } = fakeCaller({ 'ma-load-program': ok(program()) });
    first.render(<LeadScoreCard context={first.context} call={call} useData={first.useData} />);
    await first.waitFor(() => first.findByTestId(StatisticsItem, 'score-total'));
    expect(first.findByTestId(StatisticsItem, 'score-total').props.number).toBe('12.25');
    expect(first.findByTestId(Tag, 'score-grade').text).toBe('C');

    const second = setup('en-us');
    contactIs(second.mocks, { ma_score: null, ma_grade: null, ma_evaluated_at: null, ma_mql_at: null });
    second.render(<LeadScoreCard context={second.context} call={call} useData={second.useData} />);
    await second.waitFor(() => expect(second.findByTestId(Text, 'score-not-evaluated').text).toContain('has not evaluated this contact yet'));
  });

  it('explains the stored score with the core’s engine on the contact’s data now: rules, stage decisions, next step, what the server does next', async () => {
    const { render, findByTestId, waitFor, useData, context } = setup('en-us');
    const { call, calls } = fakeCaller({ 'ma-load-program': ok(program()) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => findByTestId(Accordion, 'explain'));
    // The engine gives the stored 100 (A): no note that the stored figures are out of date.
    expect(findByTestId(Text, 'explain-score').text).toBe('100');
    expect(findByTestId(Text, 'explain-grade').text).toBe('A');
    expect(() => findByTestId(Text, 'explain-outdated')).toThrow();
    // Every rule that gave points, by kind under its subtotal, as the model labels it (its id when it has no label), with the activity counted.
    expect(findByTestId(Text, 'explain-fit').text).toBe('Fit 45');
    expect(tableBody(findByTestId(Table, 'explain-contributions-fit') as never, TableRow, TableCell).slice(1)).toEqual([
      ['1,000+ employees', '20'],
      ['manufacturing', '15'],
      ['manager-title', '10'],
    ]);
    expect(findByTestId(Text, 'explain-engagement').text).toBe('Engagement 55');
    expect(tableBody(findByTestId(Table, 'explain-contributions-engagement') as never, TableRow, TableCell).slice(1)).toEqual([
      ['form-submit', '25', '1 (latest 2026-11-01)'],
      ['meeting', '30', '1 (latest 2026-10-20)'],
    ]);
    expect(allText(findByTestId(Accordion, 'explain'))).toContain('MQL: met (2026-11-01)');
    // MQL on 2026-11-01, never assigned: the server's next evaluation assigns it, makes the task, notifies, and escalates.
    expect(findByTestId(List, 'explain-actions').findAll(Text).map((n) => n.text)).toEqual(['Assigned to the owner', 'First-touch task created', 'Owner notified', 'Owner reminded', 'Reassigned']);
    expect(findByTestId(Text, 'explain-handoff').text).toBe('SLA breached');
    expect(findByTestId(Text, 'explain-next').text).toBe('Reassign to another rep.');
    // Shown, never stored: the card read the program and called nothing else.
    expect(calls.map((c) => c.name)).toEqual(['ma-load-program']);
  });

  it('says when the stored score is not what the rules give now, and still shows the stored one as the score', async () => {
    const { render, findByTestId, waitFor, mocks, useData, context } = setup('ja-jp');
    contactIs(mocks, { ma_score: '62', ma_grade: 'B' });
    const { call } = fakeCaller({ 'ma-load-program': ok(program()) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => findByTestId(Text, 'explain-outdated'));
    expect(findByTestId(StatisticsItem, 'score-total').props.number).toBe('62');
    expect(findByTestId(Text, 'explain-outdated').text).toBe('保存済みのスコア 62（グレード B）は、サーバーの次の評価で 100（グレード A）に更新されます。');
  });

  it('shows the engine’s figure as the server stores it (one decimal)', async () => {
    const { render, findByTestId, waitFor, useData, context } = setup('en-us');
    const model = { ...SCORING_MODEL, fit: SCORING_MODEL.fit.map((r) => (r.id === 'large-company' ? { ...r, points: 20.26 } : r)) };
    const view = programView({ companyId: '900', program: { scoringModel: model, handoffRules: DEFAULT_HANDOFF_RULES, fieldMapping: {} }, definitions: program().definitions });
    const { call } = fakeCaller({ 'ma-load-program': ok(view) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => findByTestId(Text, 'explain-score'));
    // 100.26 would be stored as 100.3: not the stored 100, so the card says the server stores it next time.
    expect(findByTestId(Text, 'explain-score').text).toBe('100.3');
    expect(findByTestId(Text, 'explain-outdated').text).toBe('The stored score 100 (grade A) becomes 100.3 (grade A) at the server’s next evaluation.');
    expect(findByTestId(StatisticsItem, 'score-total').props.number).toBe('100');
  });

  it('explains nothing without a scoring model or an agreed set (the server evaluates nothing then)', async () => {
    const { render, findByTestId, waitFor, useData, context } = setup('en-us');
    const draftOnly = programView({
      companyId: '900',
      program: { scoringModel: SCORING_MODEL, handoffRules: DEFAULT_HANDOFF_RULES, fieldMapping: {} },
      definitions: { current: definitionSet(['marketing'], 2), inForce: null },
    });
    const { call } = fakeCaller({ 'ma-load-program': ok(draftOnly) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => findByTestId(StatisticsItem, 'score-total'));
    expect(() => findByTestId(Accordion, 'explain')).toThrow();
  });

  it('judges the stage by the agreed set, not by a newer draft still being signed', async () => {
    const { render, findByTestId, waitFor, useData, context } = setup('en-us');
    const draft = definitionSet(['marketing'], 2);
    const view = programView({
      companyId: '900',
      program: { scoringModel: SCORING_MODEL, handoffRules: DEFAULT_HANDOFF_RULES, fieldMapping: {} },
      definitions: { current: draft, inForce: null },
    });
    const { call } = fakeCaller({ 'ma-load-program': ok(view) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => findByTestId(StatisticsItem, 'score-total'));
    // No version is agreed yet: the card says so instead of staging the lead by the draft.
    expect(findByTestId(Text, 'score-no-definitions')).toBeTruthy();
    expect(() => findByTestId(StatusTag, 'score-stage')).toThrow();
  });

  it('accepts the MQL with the last-modified date it read', async () => {
    const { render, findByTestId, waitFor, useData, context } = setup('en-us');
    const { call, calls } = fakeCaller({ 'ma-load-program': ok(program()), 'ma-handoff-action': ok({ contactId: '501', properties: {}, lastModified: 'x' }) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => findByTestId(Button, 'handoff-accept'));
    findByTestId(Button, 'handoff-accept').trigger('onClick');
    await waitFor(() => expect(calls.some((c) => c.name === 'ma-handoff-action')).toBe(true));
    expect(calls.find((c) => c.name === 'ma-handoff-action')!.parameters).toEqual({
      contactId: '501',
      action: 'accept',
      expectedLastModified: '2026-11-02T03:04:05.000Z',
      lang: 'en',
    });
    await waitFor(() => expect(findByTestId(Alert, 'write-saved')).toBeTruthy());
  });

  it('rejects only with a reason, and keeps the reason when the write is stale', async () => {
    const { render, findByTestId, waitFor, useData, context } = setup('ja-jp');
    const { call, calls } = fakeCaller({ 'ma-load-program': ok(program()), 'ma-handoff-action': stale('このコンタクトは読み込み後に更新されています') });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => findByTestId(Button, 'handoff-reject'));
    expect(findByTestId(Button, 'handoff-reject').props.disabled).toBe(true);
    fire(findByTestId(Select, 'handoff-reason'), 'onChange', 'no-need');
    await waitFor(() => expect(findByTestId(Button, 'handoff-reject').props.disabled).toBe(false));
    findByTestId(Button, 'handoff-reject').trigger('onClick');
    await waitFor(() => expect(allText(findByTestId(Alert, 'stale-alert'))).toContain('このコンタクトは読み込み後に更新されています'));
    expect(calls.find((c) => c.name === 'ma-handoff-action')!.parameters).toMatchObject({ action: 'reject', reason: 'no-need', expectedLastModified: '2026-11-02T03:04:05.000Z' });
    findByTestId(Button, 'stale-reload').trigger('onClick');
    await waitFor(() => expect(findByTestId(Select, 'handoff-reason').props.value).toBe('no-need'));
  });

  it('offers no SAL actions before the contact is an MQL', async () => {
    const { render, findByTestId, waitFor, mocks, useData, context } = setup('en-us');
    contactIs(mocks, { ma_mql_at: null });
    const { call } = fakeCaller({ 'ma-load-program': ok(program()) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    // The core allows nothing and says why; every button is there, disabled.
    await waitFor(() => expect(findByTestId(Text, 'handoff-why').text).toBe('This lead is not an MQL.'));
    for (const action of ['accept', 'reject', 'recycle']) expect(findByTestId(Button, `handoff-${action}`).props.disabled).toBe(true);
    expect(() => findByTestId(Select, 'handoff-reason')).toThrow();
    expect(findByTestId(StatusTag, 'handoff-status').text).toBe('Waiting for assignment');
  });

  it('disables what the core does not allow once accepted, and offers only the agreed set’s reasons', async () => {
    const { render, findByTestId, waitFor, useData, context } = setup('en-us');
    const { call } = fakeCaller({ 'ma-load-program': ok(program()) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => findByTestId(Select, 'handoff-reason'));
    // The b2b-standard template's agreed reasons, labelled by the core.
    const offered = findByTestId(Select, 'handoff-reason').props.options.map((o: { value: unknown }) => o.value);
    expect(offered).toEqual(definitionSet(['marketing', 'insideSales', 'sales']).stages.sal.rejectReasons);
    expect(findByTestId(Text, 'handoff-first-touch').text).toBe('Accepting or rejecting also records the first touch of this MQL.');

    const accepted = setup('en-us');
    contactIs(accepted.mocks, { ma_sal_at: '2026-11-01T02:00:00.000Z' });
    accepted.render(<LeadScoreCard context={accepted.context} call={call} useData={accepted.useData} />);
    await accepted.waitFor(() => accepted.findByTestId(Button, 'handoff-recycle'));
    expect(accepted.findByTestId(Button, 'handoff-accept').props.disabled).toBe(true);
    expect(accepted.findByTestId(Button, 'handoff-reject').props.disabled).toBe(true);
    expect(accepted.findByTestId(Button, 'handoff-recycle').props.disabled).toBe(false);
    // Accept and reject are blocked for the same reason: said once.
    expect(accepted.findByTestId(Text, 'handoff-why').text).toBe('This MQL has already been accepted.');
  });
});
