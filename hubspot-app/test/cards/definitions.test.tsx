import { Alert, Button, EmptyState, ErrorState, List, LoadingSpinner, NumberInput, Select, StatusTag, TableCell, Text, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { DEFAULT_HANDOFF_RULES, draftFromSuggestion, editDefinitionSet, t, type DefinitionSet } from '@ma-maturity/shared-core';
import { DefinitionsCard } from '../../src/app/cards/DefinitionsCard';
import { allText, crmContext, fakeCaller, fire, fixedHook, ok, stale } from './helpers';
import { definitionSet, programView } from './fixtures';

function setup(locale: 'ja-jp' | 'en-us' = 'ja-jp') {
  const renderer = createRenderer('crm.record.tab');
  return { ...renderer, context: crmContext(renderer.mocks.context, locale) };
}

const withDefinitions = (current: DefinitionSet | null, inForce: DefinitionSet | null = null) =>
  ok(programView({ definitions: { current, inForce } }));

/** What ma-current-user answers for the signed-in user (hanako, mapped to the given departments). */
const signer = (departments: string[], signable: string[] = departments) =>
  ok({ companyId: '501', userId: '77', email: 'hanako@example.jp', by: 'hanako@example.jp', admin: false, departments, signable });

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
      expectedRevision: 7,
      lang: 'en',
      templateId: 'b2b-standard',
    });
  });

  it('shows a set in review with its sign-off, and signs only for a department the user holds', async () => {
    const { render, findByTestId, maybeFindByTestId, waitFor, context } = setup('ja-jp');
    const { call, calls } = fakeCaller({
      'ma-load-program': withDefinitions(definitionSet(['marketing'])),
      'ma-current-user': signer(['marketing', 'sales'], ['sales']),
      'ma-sign-definitions': ok({ revision: 7 }),
    });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => findByTestId(Button, 'defs-sign-as-sales'));
    expect(findByTestId(Text, 'defs-version').text).toBe('バージョン 1');
    expect(findByTestId(StatusTag, 'defs-state').text).toBe(t('ja', 'definition.state.in_review'));
    expect(findByTestId(Text, 'defs-mql').text).toContain('スコア70点以上');
    expect(findByTestId(TableCell, 'defs-sign-marketing').text).toBe('marketing-lead');
    expect(findByTestId(TableCell, 'defs-sign-sales').text).toBe('未承認');
    expect(allText(findByTestId(Alert, 'defs-waiting'))).toContain('営業');
    expect(findByTestId(Text, 'defs-you-sign-for').text).toBe('あなたが承認する部門: マーケティング、営業');
    // No picker: one button per department the user may still sign; marketing has signed, inside sales is not theirs.
    expect(maybeFindByTestId(Select, 'defs-role')).toBeNull();
    expect(maybeFindByTestId(Button, 'defs-sign-as-marketing')).toBeNull();
    expect(maybeFindByTestId(Button, 'defs-sign-as-insideSales')).toBeNull();
    expect(findByTestId(Button, 'defs-sign-as-sales').text).toBe('営業としてバージョン 1 を承認');
    fire(findByTestId(TextArea, 'defs-comment'), 'onChange', 'BANT の確認項目で合意');
    await waitFor(() => expect(findByTestId(TextArea, 'defs-comment').props.value).toBe('BANT の確認項目で合意'));
    findByTestId(Button, 'defs-sign-as-sales').trigger('onClick');
    await waitFor(() => expect(calls.some((c) => c.name === 'ma-sign-definitions')).toBe(true));
    // No name, no identity, no revision: the server takes the signer from HubSpot and checks the version.
    expect(calls.find((c) => c.name === 'ma-sign-definitions')!.parameters).toEqual({
      companyId: '501',
      lang: 'ja',
      role: 'sales',
      version: 1,
      comment: 'BANT の確認項目で合意',
    });
    // What the user may sign is read again after the signature.
    await waitFor(() => expect(calls.filter((c) => c.name === 'ma-current-user')).toHaveLength(2));
  });

  it('offers no signature to a user mapped to no department, and says why', async () => {
    const { render, findByTestId, maybeFindByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({ 'ma-load-program': withDefinitions(definitionSet([])), 'ma-current-user': signer([]) });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => findByTestId(Text, 'defs-no-department'));
    expect(findByTestId(Text, 'defs-no-department').text).toContain('An admin maps users to departments');
    expect(maybeFindByTestId(Button, 'defs-sign-as-marketing')).toBeNull();
  });

  it('says when every department of the user has signed', async () => {
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({ 'ma-load-program': withDefinitions(definitionSet(['marketing'])), 'ma-current-user': signer(['marketing'], []) });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => expect(findByTestId(Text, 'defs-all-signed').text).toBe('Your departments have signed this version.'));
  });

  it('shows why it cannot offer a signature when HubSpot names no user', async () => {
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({
      'ma-load-program': withDefinitions(definitionSet([])),
      'ma-current-user': { ok: false, error: { code: 'forbidden', message: 'HubSpot did not say which user is doing this' } },
    });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => expect(allText(findByTestId(Alert, 'defs-signer-error'))).toContain('HubSpot did not say which user is doing this'));
    expect(findByTestId(Alert, 'defs-signer-error').props.title).toBe('Could not check which departments you sign for');
  });

  it('shows the server refusing a department the user does not hold', async () => {
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({
      'ma-load-program': withDefinitions(definitionSet([])),
      // The card's view of the mapping is old: the admin took sales away meanwhile.
      'ma-current-user': signer(['sales']),
      'ma-sign-definitions': { ok: false, error: { code: 'forbidden', message: 'hanako@example.jp does not sign for Sales', field: 'role' } },
    });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => findByTestId(Button, 'defs-sign-as-sales'));
    findByTestId(Button, 'defs-sign-as-sales').trigger('onClick');
    await waitFor(() => expect(allText(findByTestId(Alert, 'write-error'))).toContain('role: hanako@example.jp does not sign for Sales'));
  });

  it('shows a race lost to a signer of the same department, with a reload', async () => {
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call, calls } = fakeCaller({
      'ma-load-program': withDefinitions(definitionSet([])),
      'ma-current-user': signer(['marketing']),
      'ma-sign-definitions': {
        ok: false,
        error: { code: 'conflict', message: 'kai@example.com signed for Marketing at the same moment and was recorded first; that signature counts', field: 'role' },
      },
    });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => findByTestId(Button, 'defs-sign-as-marketing'));
    findByTestId(Button, 'defs-sign-as-marketing').trigger('onClick');
    await waitFor(() => expect(allText(findByTestId(Alert, 'stale-alert'))).toContain('kai@example.com signed for Marketing at the same moment'));
    findByTestId(Button, 'stale-reload').trigger('onClick');
    await waitFor(() => expect(calls.filter((c) => c.name === 'ma-load-program')).toHaveLength(2));
    await waitFor(() => expect(calls.filter((c) => c.name === 'ma-current-user')).toHaveLength(2));
  });

  it('says the set is agreed only when all three departments signed', async () => {
    const { render, findByTestId, maybeFindByTestId, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({ 'ma-load-program': withDefinitions(definitionSet(['marketing', 'insideSales', 'sales'])) });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => findByTestId(Alert, 'defs-agreed'));
    expect(findByTestId(StatusTag, 'defs-state').text).toBe('Agreed');
    expect(maybeFindByTestId(Alert, 'defs-waiting')).toBeNull();
    expect(maybeFindByTestId(Button, 'defs-sign-as-sales')).toBeNull();
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
    expect(saved).toMatchObject({ companyId: '501', expectedRevision: 7, lang: 'en' });
    expect(saved).not.toHaveProperty('by');
    expect(saved.stages.mql.criteria).toEqual({ all: [{ field: 'score', op: 'gte', value: 60 }, { field: 'grade', op: 'in', value: ['A', 'B'] }] });
    expect(saved.stages.sal.acceptWithinHours).toBe(8);
    expect(saved.stages.sql).toEqual(agreed.stages.sql);
  });

  it('refuses a signature of a version replaced meanwhile with a reload, keeping the comment', async () => {
    const { render, findByTestId, waitFor, context } = setup('ja-jp');
    const { call, calls } = fakeCaller({
      'ma-load-program': withDefinitions(definitionSet(['marketing'])),
      'ma-current-user': signer(['insideSales']),
      'ma-sign-definitions': stale('バージョン 1 を読み込みましたが、現在はバージョン 2 です'),
    });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => findByTestId(Button, 'defs-sign-as-insideSales'));
    fire(findByTestId(TextArea, 'defs-comment'), 'onChange', 'SAL の期限に同意');
    await waitFor(() => expect(findByTestId(TextArea, 'defs-comment').props.value).toBe('SAL の期限に同意'));
    findByTestId(Button, 'defs-sign-as-insideSales').trigger('onClick');
    await waitFor(() => expect(allText(findByTestId(Alert, 'stale-alert'))).toContain('現在はバージョン 2 です'));
    findByTestId(Button, 'stale-reload').trigger('onClick');
    await waitFor(() => expect(calls.filter((c) => c.name === 'ma-load-program')).toHaveLength(2));
    await waitFor(() => expect(findByTestId(TextArea, 'defs-comment').props.value).toBe('SAL の期限に同意'));
  });

  it('shows a version drafted from a suggested model with each rule’s points and the threshold from -> to, against the program’s model', async () => {
    const { render, findByTestId, findAll, waitFor, context } = setup('en-us');
    const programModel = {
      fit: [{ id: 'manager', if: { field: 'title', op: 'contains', value: '部長' }, points: 10, label: { ja: '部長', en: 'Manager' } }],
      engagement: [{ id: 'form', event: 'form_submit', points: 25 }],
      thresholds: { mql: 70 },
    };
    const suggested = { ...programModel, fit: [{ ...programModel.fit[0]!, points: 30 }], thresholds: { mql: 55 } };
    const draft = draftFromSuggestion(definitionSet(['marketing', 'insideSales', 'sales']), { model: suggested, threshold: { to: 55 } }, { by: 'admin', at: '2026-11-20T00:00:00Z' });
    if (!draft.ok) throw new Error(JSON.stringify(draft.issues));
    const { call } = fakeCaller({
      'ma-load-program': ok(programView({ program: { name: '産業機器事業部', scoringModel: programModel, handoffRules: DEFAULT_HANDOFF_RULES, fieldMapping: {} }, definitions: { current: draft.value, inForce: definitionSet(['marketing', 'insideSales', 'sales']) } })),
      'ma-current-user': signer([]),
    });
    render(<DefinitionsCard context={context} call={call} />);
    await waitFor(() => findByTestId(List, 'defs-diff'));
    const lines = findAll(Text).map((n) => n.text).filter((text) => /^(Changed|Added|Removed): /.test(text ?? ''));
    expect(lines).toEqual(
      expect.arrayContaining([
        'Changed: MQL: criterion changed from "score is 70 or more" to "score is 55 or more"',
        'Added: The scoring model is agreed with these definitions (2 rules)',
        'Changed: Scoring: points of "Manager" 10 → 30',
        'Changed: Scoring: MQL threshold preview 70 → 55',
      ]),
    );
  });
});
