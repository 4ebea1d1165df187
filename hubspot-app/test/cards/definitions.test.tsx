import { Alert, Button, EmptyState, ErrorState, List, LoadingSpinner, NumberInput, Select, StatusTag, TableCell, Text, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { editDefinitionSet, t, type DefinitionSet } from '@ma-maturity/shared-core';
import { DefinitionsCard } from '../../src/app/cards/DefinitionsCard';
import { allText, crmContext, fakeCaller, fire, fixedHook, ok, stale } from './helpers';
import { definitionSet, programView } from './fixtures';

function setup(locale: 'ja-jp' | 'en-us' = 'ja-jp') {
  const renderer = createRenderer('crm.record.tab');
  return { ...renderer, context: crmContext(renderer.mocks.context, locale) };
}

const withDefinitions = (current: DefinitionSet | null, inForce: DefinitionSet | null = null) =>
  ok(programView({ definitions: { current, inForce } }));

/** Version 2: the agreed set with a lower MQL threshold (a draft again, signatures cleared). */
function editedSet(): DefinitionSet {
  const agreed = definitionSet(['marketing', 'insideSales', 'sales']);
  const edited = editDefinitionSet(
    agreed,
    { stages: { mql: { ...agreed.stages.mql, criteria: { all: [{ field: 'score', op: 'gte', value: 60 }, { field: 'grade', op: 'in', value: ['A', 'B'] }] } } } },
    { by: '山田 花子', at: '2026-11-10T00:00:00Z' },
  );
  if (!edited.ok) throw new Error(JSON.stringify(edited.issues));
  return edited.value;
}

describe('Definitions card', () => {
  it('shows a spinner while loading', () => {
    const { render, findByTestId, context } = setup();
    render(<DefinitionsCard context={context} useData={fixedHook({ status: 'loading' })} />);
    expect(findByTestId(LoadingSpinner, 'state-loading')).toBeTruthy();
  });

  it('shows the function error', async () => {
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({ 'ma-load-program': { ok: false, error: { code: 'crm-error', message: '429 RATE_LIMITS' } } });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => expect(allText(findByTestId(ErrorState, 'state-error'))).toContain('429 RATE_LIMITS'));
  });

  it('starts an empty program from a template', async () => {
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call, calls } = fakeCaller({ 'ma-load-program': withDefinitions(null), 'ma-save-definitions': ok({ revision: 8 }) });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => expect(findByTestId(EmptyState, 'state-empty').props.title).toBe('No definitions yet'));
    expect(findByTestId(Select, 'defs-template').props.value).toBe('b2b-standard');
    findByTestId(Button, 'defs-create').trigger('onClick');
    await waitFor(() => expect(calls.some((c) => c.name === 'ma-save-definitions')).toBe(true));
    expect(calls.find((c) => c.name === 'ma-save-definitions')!.parameters).toEqual({
      companyId: '501',
      by: '花子 山田',
      expectedRevision: 7,
      lang: 'en',
      templateId: 'b2b-standard',
    });
  });

  it('shows a set in review with its sign-off, and signs it as one department', async () => {
    const { render, findByTestId, waitFor, context } = setup('ja-jp');
    const { call, calls } = fakeCaller({ 'ma-load-program': withDefinitions(definitionSet(['marketing'])), 'ma-sign-definitions': ok({ revision: 8 }) });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => findByTestId(StatusTag, 'defs-state'));
    expect(findByTestId(Text, 'defs-version').text).toBe('バージョン 1');
    expect(findByTestId(StatusTag, 'defs-state').text).toBe(t('ja', 'definition.state.in_review'));
    expect(findByTestId(Text, 'defs-mql').text).toContain('スコア70点以上');
    expect(findByTestId(TableCell, 'defs-sign-marketing').text).toBe('marketing-lead');
    expect(findByTestId(TableCell, 'defs-sign-sales').text).toBe('未承認');
    expect(allText(findByTestId(Alert, 'defs-waiting'))).toContain('営業');
    // Marketing has signed: signing again as marketing is not offered.
    expect(findByTestId(Button, 'defs-sign').props.disabled).toBe(true);
    fire(findByTestId(Select, 'defs-role'), 'onChange', 'sales');
    fire(findByTestId(TextArea, 'defs-comment'), 'onChange', 'BANT の確認項目で合意');
    await waitFor(() => expect(findByTestId(Button, 'defs-sign').props.disabled).toBe(false));
    findByTestId(Button, 'defs-sign').trigger('onClick');
    await waitFor(() => expect(calls.some((c) => c.name === 'ma-sign-definitions')).toBe(true));
    expect(calls.find((c) => c.name === 'ma-sign-definitions')!.parameters).toEqual({
      companyId: '501',
      by: '花子 山田',
      expectedRevision: 7,
      lang: 'ja',
      role: 'sales',
      version: 1,
      comment: 'BANT の確認項目で合意',
    });
  });

  it('says the set is agreed only when all three departments signed', async () => {
    const { render, findByTestId, maybeFindByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({ 'ma-load-program': withDefinitions(definitionSet(['marketing', 'insideSales', 'sales'])) });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => findByTestId(Alert, 'defs-agreed'));
    expect(findByTestId(StatusTag, 'defs-state').text).toBe('Agreed');
    expect(maybeFindByTestId(Alert, 'defs-waiting')).toBeNull();
    expect(maybeFindByTestId(Button, 'defs-sign')).toBeNull();
  });

  it('shows what changed from the previous version and submits the new draft', async () => {
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call, calls } = fakeCaller({ 'ma-load-program': withDefinitions(editedSet()), 'ma-submit-definitions': ok({ revision: 8 }) });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => findByTestId(List, 'defs-diff'));
    expect(findByTestId(Text, 'defs-diff-0').text).toMatch(/^Changed: /);
    expect(findByTestId(Text, 'defs-diff-0').text).toContain('60');
    expect(findByTestId(StatusTag, 'defs-state').text).toBe('Draft');
    findByTestId(Button, 'defs-submit').trigger('onClick');
    await waitFor(() => expect(calls.some((c) => c.name === 'ma-submit-definitions')).toBe(true));
    expect(calls.find((c) => c.name === 'ma-submit-definitions')!.parameters).toMatchObject({ companyId: '501', version: 2, expectedRevision: 7 });
  });

  it('revises the MQL threshold and SAL window as a new version, keeping the rest of the criteria', async () => {
    const agreed = definitionSet(['marketing', 'insideSales', 'sales']);
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call, calls } = fakeCaller({ 'ma-load-program': withDefinitions(agreed), 'ma-save-definitions': ok({ revision: 8 }) });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => findByTestId(NumberInput, 'defs-mql-score'));
    expect(findByTestId(NumberInput, 'defs-mql-score').props.value).toBe(70);
    expect(findByTestId(Button, 'defs-save-edit').props.disabled).toBe(true);
    fire(findByTestId(NumberInput, 'defs-mql-score'), 'onChange', 60);
    fire(findByTestId(NumberInput, 'defs-sal-hours'), 'onChange', 8);
    await waitFor(() => expect(findByTestId(Button, 'defs-save-edit').props.disabled).toBe(false));
    expect(findByTestId(Button, 'defs-save-edit').text).toBe('Save as version 2');
    findByTestId(Button, 'defs-save-edit').trigger('onClick');
    await waitFor(() => expect(calls.some((c) => c.name === 'ma-save-definitions')).toBe(true));
    const saved = calls.find((c) => c.name === 'ma-save-definitions')!.parameters as { stages: DefinitionSet['stages'] };
    expect(saved).toMatchObject({ companyId: '501', by: '花子 山田', expectedRevision: 7, lang: 'en' });
    expect(saved.stages.mql.criteria).toEqual({ all: [{ field: 'score', op: 'gte', value: 60 }, { field: 'grade', op: 'in', value: ['A', 'B'] }] });
    expect(saved.stages.sal.acceptWithinHours).toBe(8);
    expect(saved.stages.sql).toEqual(agreed.stages.sql);
  });

  it('refuses a stale signature with a reload, keeping the comment', async () => {
    const { render, findByTestId, waitFor, context } = setup('ja-jp');
    const { call, calls } = fakeCaller({ 'ma-load-program': withDefinitions(definitionSet(['marketing'])), 'ma-sign-definitions': stale() });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => findByTestId(Select, 'defs-role'));
    fire(findByTestId(Select, 'defs-role'), 'onChange', 'insideSales');
    fire(findByTestId(TextArea, 'defs-comment'), 'onChange', 'SAL の期限に同意');
    await waitFor(() => expect(findByTestId(Button, 'defs-sign').props.disabled).toBe(false));
    findByTestId(Button, 'defs-sign').trigger('onClick');
    await waitFor(() => expect(allText(findByTestId(Alert, 'stale-alert'))).toContain('この会社は読み込み後に更新されています'));
    findByTestId(Button, 'stale-reload').trigger('onClick');
    await waitFor(() => expect(calls.filter((c) => c.name === 'ma-load-program')).toHaveLength(2));
    await waitFor(() => expect(findByTestId(TextArea, 'defs-comment').props.value).toBe('SAL の期限に同意'));
  });
});
