import { Checkbox, EmptyState, ErrorState, LineChart, LoadingSpinner, Select, Button, StatisticsItem, StepIndicator, Text, Alert, TableCell } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { DiagnosisCard } from '../../src/app/cards/DiagnosisCard';
import { allText, crmContext, fakeCaller, fire, fixedHook, ok, stale } from './helpers';
import { programView } from './fixtures';

function setup(locale: 'ja-jp' | 'en-us' = 'ja-jp') {
  const renderer = createRenderer('crm.record.tab');
  return { ...renderer, context: crmContext(renderer.mocks.context, locale) };
}

describe('Diagnosis card', () => {
  it('shows a spinner while the program loads', () => {
    const { render, findByTestId, context } = setup();
    render(<DiagnosisCard context={context} useData={fixedHook({ status: 'loading' })} />);
    expect(findByTestId(LoadingSpinner, 'state-loading').props.label).toBe('読み込み中');
  });

  it('shows the function error with a retry', async () => {
    const { render, findByTestId, waitFor, context } = setup('en-us');
    const { call, calls } = fakeCaller({ 'ma-load-program': { ok: false, error: { code: 'crm-error', message: '403 MISSING_SCOPES' } } });
    render(<DiagnosisCard context={context} call={call} />);
    await waitFor(() => expect(allText(findByTestId(ErrorState, 'state-error'))).toContain('403 MISSING_SCOPES'));
    findByTestId(Button, 'state-retry').trigger('onClick');
    await waitFor(() => expect(calls.filter((c) => c.name === 'ma-load-program')).toHaveLength(2));
  });

  it('shows an empty state and the form when no diagnosis is stored', async () => {
    const { render, findByTestId, findAll, waitFor, context } = setup('en-us');
    const { call } = fakeCaller({ 'ma-load-program': ok(programView({ diagnoses: [] })) });
    render(<DiagnosisCard context={context} call={call} />);
    await waitFor(() => expect(findByTestId(EmptyState, 'state-empty').props.title).toBe('No diagnosis yet'));
    expect(findAll(Checkbox)).toHaveLength(15);
  });

  it('explains a stored diagnosis: level, gaps, trend and departments', async () => {
    const { render, findByTestId, maybeFindByTestId, waitFor, context } = setup('ja-jp');
    const { call, calls } = fakeCaller({ 'ma-load-program': ok(programView()) });
    render(<DiagnosisCard context={context} call={call} />);
    await waitFor(() => findByTestId(StatisticsItem, 'diag-level'));
    expect(calls[0]).toEqual({ name: 'ma-load-program', parameters: { companyId: '501', lang: 'ja' } });
    // Consensus of three departments: items 1-3 by all, 4-5 by two of three -> 5 checked, level 2.
    expect(findByTestId(StatisticsItem, 'diag-level').props.number).toBe(2);
    expect(findByTestId(StatisticsItem, 'diag-checked').props.number).toBe(5);
    expect(findByTestId(StatisticsItem, 'diag-next-level').props.number).toBe(3);
    expect(findByTestId(StatisticsItem, 'diag-checks-to-next').props.number).toBe(2);
    expect(findByTestId(StepIndicator, 'diag-steps').props.currentStep).toBe(2);
    expect(findByTestId(Text, 'diag-gap-6').text).toMatch(/^6\. /);
    expect(maybeFindByTestId(Text, 'diag-gap-5')).toBeNull();
    const trend = findByTestId(LineChart, 'diag-trend');
    // Level and checks at each diagnosis, dated in the user's language (charts.test.tsx compares them with the table).
    expect(trend.props.data).toEqual([
      { takenAt: '2026年6月1日', value: 1, metric: 'レベル' },
      { takenAt: '2026年6月1日', value: 3, metric: 'チェック数' },
      { takenAt: expect.any(String), value: 2, metric: 'レベル' },
      { takenAt: expect.any(String), value: 5, metric: 'チェック数' },
    ]);
    expect(findByTestId(TableCell, 'diag-role-level-marketing').text).toBe('2');
    expect(findByTestId(TableCell, 'diag-role-level-sales').text).toBe('1');
    expect(findByTestId(Text, 'diag-alignment').text).toContain('4, 5, 6');
  });

  it('saves the answers as one department with the revision it read', async () => {
    const { render, findByTestId, waitFor, context } = setup('ja-jp');
    const { call, calls } = fakeCaller({
      'ma-load-program': ok(programView()),
      'ma-save-diagnosis': ok({ revision: 8 }),
    });
    render(<DiagnosisCard context={context} call={call} />);
    await waitFor(() => findByTestId(Select, 'diag-role'));
    fire(findByTestId(Select, 'diag-role'), 'onChange', 'insideSales');
    await waitFor(() => expect(findByTestId(Select, 'diag-role').props.value).toBe('insideSales'));
    fire(findByTestId(Checkbox, 'diag-answer-6'), 'onChange', true);
    await waitFor(() => expect(findByTestId(Checkbox, 'diag-answer-6').props.checked).toBe(true));
    findByTestId(Button, 'diag-save').trigger('onClick');
    await waitFor(() => expect(calls.some((c) => c.name === 'ma-save-diagnosis')).toBe(true));
    const save = calls.find((c) => c.name === 'ma-save-diagnosis')!;
    expect(save.parameters).toMatchObject({ companyId: '501', expectedRevision: 7, lang: 'ja' });
    expect(save.parameters).not.toHaveProperty('takenBy');
    const respondents = (save.parameters.input as { respondents: { role: string; answers: Record<string, boolean> }[] }).respondents;
    expect(respondents.map((r) => r.role).sort()).toEqual(['insideSales', 'marketing', 'sales']);
    const inside = respondents.find((r) => r.role === 'insideSales')!;
    expect(Object.keys(inside.answers)).toHaveLength(15);
    expect(Object.entries(inside.answers).filter(([, v]) => v).map(([k]) => k)).toEqual(['1', '2', '3', '4', '5', '6']);
    // Saved: the card reads the program again.
    await waitFor(() => expect(calls.filter((c) => c.name === 'ma-load-program')).toHaveLength(2));
  });

  it('refuses a stale save clearly, offers a reload and keeps the answers', async () => {
    const { render, findByTestId, waitFor, context } = setup('ja-jp');
    const { call, calls } = fakeCaller({
      'ma-load-program': ok(programView()),
      'ma-save-diagnosis': stale(),
    });
    render(<DiagnosisCard context={context} call={call} />);
    await waitFor(() => findByTestId(Checkbox, 'diag-answer-7'));
    fire(findByTestId(Checkbox, 'diag-answer-7'), 'onChange', true);
    await waitFor(() => expect(findByTestId(Checkbox, 'diag-answer-7').props.checked).toBe(true));
    findByTestId(Button, 'diag-save').trigger('onClick');
    await waitFor(() => expect(allText(findByTestId(Alert, 'stale-alert'))).toContain('この会社は読み込み後に更新されています'));
    expect(allText(findByTestId(Alert, 'stale-alert'))).toContain('入力した内容はそのまま残っています');
    findByTestId(Button, 'stale-reload').trigger('onClick');
    await waitFor(() => expect(calls.filter((c) => c.name === 'ma-load-program')).toHaveLength(2));
    await waitFor(() => expect(findByTestId(Checkbox, 'diag-answer-7').props.checked).toBe(true));
  });
});
