// The settings page: an admin edits the department mapping, the field
// mapping, the scoring model (saved only after a backtest of that very
// version), the handoff rules with routing, and runs the bulk rescoring to
// the end; anyone else sees the settings read-only. Each save goes to its
// admin-only function with the revision the page read.
import { Alert, Button, Checkbox, EmptyState, Input, LoadingSpinner, NumberInput, ProgressBar, Select, StatusTag, Table, Text } from '@hubspot/ui-extensions';
import { DEFAULT_HANDOFF_RULES, SCORING_TEMPLATES } from '@ma-maturity/shared-core';
import { TEXTS } from '../../src/app/settings/texts';
import { allText, fire } from '../cards/helpers';
import { ok, PROGRAM, setup } from './page';

describe('settings page', () => {
  it('loads the default program, and shows it read-only to someone who is no admin', async () => {
    const page = setup({ 'ma-current-user': ok({ admin: false, userId: '5', email: 'rep@example.com' }) }, 'ja-jp');
    expect(page.findByTestId(LoadingSpinner, 'settings-loading')).toBeTruthy();
    await page.waitFor(() => page.findByTestId(Text, 'settings-program'));
    expect(page.findByTestId(Text, 'settings-program').text).toBe('プログラム: 産業機器事業部 (会社 900、改訂 7)');
    expect(page.findByTestId(Alert, 'settings-read-only')).toBeTruthy();
    for (const id of ['access-save', 'mapping-save', 'handoff-save', 'rescore-start']) expect(() => page.findByTestId(Button, id)).toThrow();
    expect(page.findByTestId(Checkbox, 'access-101-marketing').props.readOnly).toBe(true);
  });

  it('saves who signs for which department, with the revision it read', async () => {
    const page = setup({ 'ma-save-access': ok({ ...PROGRAM, revision: 8 }) });
    await page.waitFor(() => page.findByTestId(Checkbox, 'access-101-marketing'));
    fire(page.findByTestId(Checkbox, 'access-101-sales'), 'onChange', true);
    fire(page.findByTestId(Input, 'access-new-user'), 'onChange', '102');
    await page.waitFor(() => expect(page.findByTestId(Button, 'access-add').props.disabled).toBe(false));
    page.findByTestId(Button, 'access-add').trigger('onClick');
    await page.waitFor(() => page.findByTestId(Checkbox, 'access-102-admin'));
    fire(page.findByTestId(Checkbox, 'access-102-admin'), 'onChange', true);
    page.findByTestId(Button, 'access-save').trigger('onClick');
    await page.waitFor(() => expect(page.of('ma-save-access')).toHaveLength(1));
    expect(page.of('ma-save-access')[0]!.parameters).toEqual({
      companyId: '900',
      access: {
        members: [
          { userId: '101', email: 'mika@example.com', departments: ['marketing', 'sales'] },
          { userId: '102', departments: [], admin: true },
        ],
      },
      expectedRevision: 7,
      lang: 'en',
    });
    await page.waitFor(() => expect(page.findByTestId(Alert, 'access-saved')).toBeTruthy());
  });

  it('shows the server’s refusal of a stale save, keeping what was typed', async () => {
    const page = setup({ 'ma-save-program': { ok: false, error: { code: 'stale', message: 'you loaded revision 7, the record is now at revision 8' } } });
    await page.waitFor(() => page.findByTestId(Input, 'mapping-title'));
    fire(page.findByTestId(Input, 'mapping-title'), 'onChange', 'jobtitle');
    fire(page.findByTestId(Input, 'mapping-industry'), 'onChange', 'company.industry');
    page.findByTestId(Button, 'mapping-save').trigger('onClick');
    await page.waitFor(() => expect(page.findByTestId(Alert, 'mapping-stale')).toBeTruthy());
    expect(page.of('ma-save-program')[0]!.parameters).toMatchObject({ companyId: '900', expectedRevision: 7, program: { fieldMapping: { title: 'jobtitle', industry: 'company.industry', 'event.form_submit': 'recent_conversion_date' } } });
    expect(page.findByTestId(Input, 'mapping-title').props.value).toBe('jobtitle');
  });

  it('saves a scoring model from a template only after a backtest of that very version', async () => {
    const comparison = {
      before: { mql: { count: 4, opportunityRate: 0.5 } },
      after: { mql: { count: 6, opportunityRate: 0.5 } },
      delta: { mql: 2 },
      movement: { becameMql: 2, leftMql: 0, gradeUp: 0, gradeDown: 0 },
    };
    const page = setup({ 'ma-backtest-model': ok({ comparison, report: null, contacts: 40, truncated: false }), 'ma-save-program': ok({ ...PROGRAM, revision: 8 }) });
    await page.waitFor(() => page.findByTestId(Text, 'model-none'));
    const template = SCORING_TEMPLATES[1]!;
    fire(page.findByTestId(Select, 'model-template'), 'onChange', template.id);
    await page.waitFor(() => expect(page.findByTestId(Select, 'model-template').props.value).toBe(template.id));
    page.findByTestId(Button, 'model-load-template').trigger('onClick');
    const rule = template.model.fit[0]!;
    await page.waitFor(() => page.findByTestId(NumberInput, `model-points-${rule.id}`));
    expect(page.findByTestId(Button, 'model-save').props.disabled).toBe(true);
    page.findByTestId(Button, 'model-run-backtest').trigger('onClick');
    await page.waitFor(() => expect(page.findByTestId(Text, 'model-backtest-result').text).toBe('40 leads: MQL 4 → 6 (+2), MQL opportunity rate 50.0% → 50.0%, 2 become MQL / 0 no longer MQL'));
    expect(page.of('ma-backtest-model')[0]!.parameters).toEqual({ companyId: '900', model: template.model, lang: 'en' });
    expect(page.findByTestId(Button, 'model-save').props.disabled).toBe(false);
    // A change after the backtest needs a backtest of its own.
    fire(page.findByTestId(NumberInput, `model-points-${rule.id}`), 'onChange', rule.points + 5);
    await page.waitFor(() => expect(page.findByTestId(Button, 'model-save').props.disabled).toBe(true));
    page.findByTestId(Button, 'model-run-backtest').trigger('onClick');
    await page.waitFor(() => expect(page.findByTestId(Button, 'model-save').props.disabled).toBe(false));
    page.findByTestId(Button, 'model-save').trigger('onClick');
    await page.waitFor(() => expect(page.of('ma-save-program')).toHaveLength(1));
    const saved = page.of('ma-save-program')[0]!.parameters as { program: { scoringModel: { fit: { id: string; points: number }[] } } };
    expect(saved.program.scoringModel.fit[0]).toMatchObject({ id: rule.id, points: rule.points + 5 });
  });

  it('saves the handoff rules with the owner each assignee is in HubSpot', async () => {
    const page = setup({ 'ma-save-program': ok({ ...PROGRAM, revision: 8 }) });
    await page.waitFor(() => page.findByTestId(NumberInput, 'handoff-sla'));
    fire(page.findByTestId(NumberInput, 'handoff-sla'), 'onChange', 30);
    const assignee = DEFAULT_HANDOFF_RULES.assignee.value;
    fire(page.findByTestId(Input, `route-${assignee}-team`), 'onChange', '7');
    page.findByTestId(Button, 'handoff-save').trigger('onClick');
    await page.waitFor(() => expect(page.of('ma-save-program')).toHaveLength(1));
    expect(page.of('ma-save-program')[0]!.parameters).toMatchObject({
      program: { handoffRules: { firstTouchSlaMinutes: 30 }, routing: [{ kind: DEFAULT_HANDOFF_RULES.assignee.kind, value: assignee, teamId: '7' }] },
      expectedRevision: 7,
    });
  });

  it('starts the rescoring after a confirmation and drives it to the end, showing the progress and the problems', async () => {
    const base = { runId: 'r-1', asOf: '2026-11-27T00:00:00.000Z', startedAt: '2026-11-27T00:00:00.000Z', startedBy: 'a@example.com', total: 240, written: 0, mqls: 0, tasks: 0, failed: 0, throttled: 0, problems: [] };
    let processed = 0;
    const page = setup({
      'ma-rescore': (p) => {
        if (p.action === 'start') return ok({ progress: { ...base, state: 'running', processed: 0 } });
        processed += 100;
        const done = processed >= 240;
        return ok({ progress: { ...base, state: done ? 'done' : 'running', processed: Math.min(processed, 240), written: Math.min(processed, 240), failed: done ? 1 : 0, problems: done ? [{ contactId: '1007', message: 'write refused: Property values were not valid' }] : [] } });
      },
    });
    await page.waitFor(() => page.findByTestId(Text, 'rescore-never'));
    page.findByTestId(Button, 'rescore-start').trigger('onClick');
    await page.waitFor(() => page.findByTestId(Alert, 'rescore-confirm'));
    expect(page.of('ma-rescore')).toEqual([]);
    page.findByTestId(Button, 'rescore-confirm-yes').trigger('onClick');
    await page.waitFor(() => expect(page.findByTestId(StatusTag, 'rescore-state').text).toBe('Done'));
    expect(page.of('ma-rescore').map((c) => c.parameters.action)).toEqual(['start', 'continue', 'continue', 'continue']);
    expect(page.of('ma-rescore')[1]!.parameters).toMatchObject({ companyId: '900', runId: 'r-1' });
    expect(page.findByTestId(ProgressBar, 'rescore-progress').props).toMatchObject({ value: 100, title: '240 of 240 (written 240, new MQLs 0, tasks 0, failed 1)' });
    expect(allText(page.findByTestId(Table, 'rescore-problems'))).toContain('1007 write refused: Property values were not valid');
  });

  it('continues a running rescoring from its saved progress when the page is opened again', async () => {
    const saved = { runId: 'r-5', state: 'running', asOf: '2026-11-27T00:00:00.000Z', startedAt: '2026-11-27T00:00:00.000Z', startedBy: 'a@example.com', total: 240, processed: 100, written: 100, mqls: 3, tasks: 3, failed: 0, throttled: 2, problems: [] };
    const page = setup({
      'ma-load-program': ok({ ...PROGRAM, rescore: saved }),
      'ma-rescore': ok({ progress: { ...saved, state: 'done', processed: 240, written: 240 } }),
    });
    await page.waitFor(() => expect(page.findByTestId(StatusTag, 'rescore-state').text).toBe('Done'));
    expect(page.of('ma-rescore').map((c) => c.parameters)).toEqual([{ companyId: '900', action: 'continue', runId: 'r-5', lang: 'en' }]);
    expect(page.findByTestId(Text, 'rescore-throttled').text).toBe('Waited for HubSpot’s API limit 2 time(s).');
  });

  it('offers to name the default program when there is none', async () => {
    const page = setup({
      'ma-load-program': (p) => (p.companyId ? ok({ ...PROGRAM, companyId: '950', revision: 2 }) : { ok: false, error: { code: 'not-found', message: 'There is no default MA program.' } }),
      'ma-save-program': ok({ ...PROGRAM, companyId: '950' }),
    });
    await page.waitFor(() => page.findByTestId(EmptyState, 'settings-no-program'));
    fire(page.findByTestId(Input, 'settings-company-id'), 'onChange', '950');
    await page.waitFor(() => expect(page.findByTestId(Button, 'settings-make-default').props.disabled).toBe(false));
    page.findByTestId(Button, 'settings-make-default').trigger('onClick');
    await page.waitFor(() => expect(page.of('ma-save-program')).toHaveLength(1));
    expect(page.of('ma-save-program')[0]!.parameters).toEqual({ companyId: '950', program: {}, makeDefault: true, expectedRevision: 2, lang: 'en' });
  });

  it('has every text in both languages with the same placeholders', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    expect(Object.keys(TEXTS.en).sort()).toEqual(Object.keys(TEXTS.ja).sort());
    for (const key of Object.keys(TEXTS.ja) as (keyof typeof TEXTS.ja)[]) {
      expect([key, placeholders(TEXTS.en[key])]).toEqual([key, placeholders(TEXTS.ja[key])]);
    }
  });
});
