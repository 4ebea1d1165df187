import { Alert, Button, EmptyState, ErrorState, LoadingSpinner, Select, StatisticsItem, StatusTag, TableCell, Tag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { t } from '@ma-maturity/shared-core';
import { LeadScoreCard } from '../../src/app/cards/LeadScoreCard';
import { makeUseLeadScoreData } from '../../src/app/cards/useLeadScoreData';
import { allText, crmContext, fakeCaller, fire, fixedHook, ok, stale } from './helpers';
import { DEFAULT_HANDOFF_RULES, definitionSet, programView, SCORING_MODEL } from './fixtures';

const CONTACT = {
  ma_program_id: '900',
  ma_mql_at: '2026-11-01T00:00:00.000Z',
  hs_lastmodifieddate: '2026-11-02T03:04:05.000Z',
  hs_analytics_source: 'ORGANIC_SEARCH',
  jobtitle: '営業部長',
  recent_conversion_date: '2026-11-01T00:00:00.000Z',
};

const COMPANY = { numberofemployees: '1200', industry: 'manufacturing', annualrevenue: null };

const pagination = { hasNextPage: false, hasPreviousPage: false, currentPage: 1, pageSize: 10, nextPage: () => {}, previousPage: () => {}, reset: () => {} };

function setup(locale: 'ja-jp' | 'en-us' = 'ja-jp') {
  const renderer = createRenderer('crm.record.sidebar');
  const { mocks } = renderer;
  mocks.useCrmProperties.willCall((names: string[]) => ({
    properties: Object.fromEntries(names.map((n) => [n, (CONTACT as Record<string, string | null>)[n] ?? null])),
    error: null,
    isLoading: false,
    isRefetching: false,
    refetch: async () => {},
  }));
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
  const useData = makeUseLeadScoreData(mocks.useCrmSearch as never);
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

  it('reads the contact with the platform hooks and explains the score, stage and clock', async () => {
    const { render, findByTestId, waitFor, mocks, useData, context } = setup('ja-jp');
    const { call, calls } = fakeCaller({ 'ma-load-program': ok(program()) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => findByTestId(StatisticsItem, 'score-fit'));
    expect(calls[0]).toEqual({ name: 'ma-load-program', parameters: { companyId: '900', lang: 'ja' } });
    const propertyCalls = mocks.useCrmProperties.calls.map(([names]) => names);
    expect(propertyCalls.some((names) => names.includes('ma_mql_at') && names.includes('hs_lastmodifieddate'))).toBe(true);
    expect(propertyCalls.some((names) => names.includes('jobtitle') && names.includes('recent_conversion_date'))).toBe(true);
    expect(mocks.useAssociations.calls.at(-1)?.[0]).toMatchObject({ toObjectType: 'companies', properties: ['annualrevenue', 'industry', 'numberofemployees'] });
    expect(mocks.useCrmSearch.calls.at(-1)?.[0]).toMatchObject({
      objectType: 'meetings',
      filterGroups: [{ filters: [{ propertyName: 'associations.contact', operator: 'EQ', value: '501' }] }],
    });
    // Fit: 1,200 employees (20) + manufacturing (15) + 部長 (10); company fields come through useAssociations.
    expect(findByTestId(StatisticsItem, 'score-fit').props.number).toBe('45');
    expect(findByTestId(Tag, 'score-grade').text).toBe('A');
    expect(findByTestId(TableCell, 'score-contribution-large-company').text).toBe('20');
    // The form (recent_conversion_date) and the meeting (useCrmSearch) are events; engagement counts both (no decay in this model).
    expect(findByTestId(StatisticsItem, 'score-engagement').props.number).toBe('55');
    expect(findByTestId(StatisticsItem, 'score-total').props.number).toBe('100');
    expect(findByTestId(StatusTag, 'score-mql').text).toBe('MQL');
    // The inputs as read through the default mapping: company fields from the association, events by type.
    expect(findByTestId(Text, 'score-input-employees').text).toBe('1200');
    expect(findByTestId(Text, 'score-input-title').text).toBe('営業部長');
    expect(findByTestId(Text, 'score-input-event-meeting').text).toBe('1件（最新 2026-10-20）');
    expect(findByTestId(StatusTag, 'score-stage').text).toBe('MQL');
    // MQL on 2026-11-01, never touched: the 60-minute first-touch SLA is long past.
    expect(findByTestId(StatusTag, 'handoff-status').text).toBe(t('ja', 'handoff.status.breached'));
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
      by: '花子 山田',
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

  it('records the score on the contact', async () => {
    const { render, findByTestId, waitFor, useData, context } = setup('en-us');
    const { call, calls } = fakeCaller({ 'ma-load-program': ok(program()), 'ma-save-score': ok({ contactId: '501', properties: {}, lastModified: 'y' }) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => findByTestId(Button, 'score-save'));
    findByTestId(Button, 'score-save').trigger('onClick');
    await waitFor(() => expect(calls.some((c) => c.name === 'ma-save-score')).toBe(true));
    expect(calls.find((c) => c.name === 'ma-save-score')!.parameters).toEqual({
      contactId: '501',
      total: 100,
      grade: 'A',
      mql: true,
      definitionVersion: 1,
      expectedLastModified: '2026-11-02T03:04:05.000Z',
      lang: 'en',
    });
  });

  it('offers no SAL actions before the contact is an MQL', async () => {
    const { render, findByTestId, waitFor, mocks, useData, context } = setup('en-us');
    mocks.useCrmProperties.willCall((names: string[]) => ({
      properties: Object.fromEntries(names.map((n) => [n, n === 'ma_mql_at' ? null : ((CONTACT as Record<string, string | null>)[n] ?? null)])),
      error: null,
      isLoading: false,
      isRefetching: false,
      refetch: async () => {},
    }));
    const { call } = fakeCaller({ 'ma-load-program': ok(program()) });
    render(<LeadScoreCard context={context} call={call} useData={useData} />);
    await waitFor(() => expect(findByTestId(Text, 'handoff-not-mql').text).toBe('This contact is not an MQL yet.'));
    expect(findByTestId(StatusTag, 'handoff-status').text).toBe(t('en', 'handoff.status.waiting'));
  });
});
