// The scoring model (ProgramDoc.scoringModel, ma-save-program): started from
// one of the core's templates (SCORING_TEMPLATES), its rules' points edited
// and rules removed, checked by the core as it changes, and backtested on the
// program's past leads (ma-backtest-model: the core's compareModels) before
// it may be saved.
import { useState } from 'react';
import { Alert, Button, Flex, NumberInput, Select, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { SCORING_TEMPLATES, describeCondition, describeIssues, localText, parseScoringModel, type BacktestReport, type ModelComparison, type ScoringModel } from './core';
import { formatRate } from './core';
import { SaveFeedback } from './SaveFeedback';
import { text } from './texts';
import type { SectionProps } from './useSettingsData';
import { useSave } from './useSave';

type Rule = ScoringModel['fit'][number] | ScoringModel['engagement'][number];
interface Backtest {
  model: string;
  comparison: ModelComparison | null;
  report: BacktestReport | null;
  contacts: number;
  truncated: boolean;
}

function backtestLine(result: Backtest, lang: SectionProps['lang']): string {
  const truncated = result.truncated ? text(lang, 'model.truncated') : '';
  const after = result.comparison ? result.comparison.after : result.report;
  if (!result.comparison) {
    return text(lang, 'model.resultFirst', { contacts: result.contacts, truncated, after: after?.mql.count ?? 0, rateAfter: formatRate(after?.mql.opportunityRate) });
  }
  const { before, delta, movement } = result.comparison;
  return text(lang, 'model.result', {
    contacts: result.contacts,
    truncated,
    before: before.mql.count,
    after: result.comparison.after.mql.count,
    delta: delta.mql > 0 ? `+${delta.mql}` : String(delta.mql),
    rateBefore: formatRate(before.mql.opportunityRate),
    rateAfter: formatRate(result.comparison.after.mql.opportunityRate),
    became: movement.becameMql,
    left: movement.leftMql,
  });
}

export function ModelSection({ program, admin, lang, call, reload }: SectionProps) {
  const stored = parseScoringModel(program.scoringModel);
  const [draft, setDraft] = useState<ScoringModel | null>(stored.ok ? stored.value : null);
  const [templateId, setTemplateId] = useState(SCORING_TEMPLATES[0]!.id);
  const [tested, setTested] = useState<Backtest | null>(null);
  const backtest = useSave(call);
  const saving = useSave(call);
  const checked = draft ? parseScoringModel(draft) : null;
  const key = JSON.stringify(draft);
  const edit = (kind: 'fit' | 'engagement', index: number, change: Partial<Rule> | null) => {
    if (!draft) return;
    const list = draft[kind] as Rule[];
    const next = change === null ? list.filter((_, i) => i !== index) : list.map((r, i) => (i === index ? { ...r, ...change } : r));
    setDraft({ ...draft, [kind]: next });
  };
  const runBacktest = async () => {
    const value = (await backtest.save('ma-backtest-model', { companyId: program.companyId, model: draft, lang })) as Omit<Backtest, 'model'> | null;
    if (value) setTested({ ...value, model: key });
  };
  const submit = async () => {
    if ((await saving.save('ma-save-program', { companyId: program.companyId, program: { scoringModel: draft }, expectedRevision: program.revision, lang })) !== null) reload();
  };
  return (
    <Flex direction="column" gap="sm">
      <Text>{text(lang, 'model.intro')}</Text>
      <SaveFeedback status={saving.status} lang={lang} onReload={reload} testId="model" />
      {admin ? (
        <Flex direction="row" gap="sm" align="end">
          <Select
            testId="model-template"
            name="template"
            label={text(lang, 'model.template')}
            value={templateId}
            options={SCORING_TEMPLATES.map((tpl) => ({ value: tpl.id, label: localText(tpl.name, lang) }))}
            onChange={(v) => setTemplateId(String(v))}
          />
          <Button testId="model-load-template" onClick={() => setDraft(SCORING_TEMPLATES.find((tpl) => tpl.id === templateId)!.model)}>
            {text(lang, 'model.fromTemplate')}
          </Button>
        </Flex>
      ) : null}
      {!draft ? <Text testId="model-none">{text(lang, 'model.none')}</Text> : null}
      {draft ? (
        <Table bordered density="condensed" testId="model-rules">
          <TableHead>
            <TableRow>
              <TableHeader>{text(lang, 'model.rule')}</TableHeader>
              <TableHeader>{text(lang, 'model.condition')}</TableHeader>
              <TableHeader>{text(lang, 'model.points')}</TableHeader>
              <TableHeader>{text(lang, 'model.remove')}</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {(['fit', 'engagement'] as const).flatMap((kind) =>
              (draft[kind] as Rule[]).map((rule, i) => (
                <TableRow key={rule.id}>
                  <TableCell>{`${text(lang, kind === 'fit' ? 'model.fit' : 'model.engagement')}: ${rule.label ? localText(rule.label, lang) : rule.id}`}</TableCell>
                  <TableCell>{`${'event' in rule ? `${rule.event} ` : ''}${rule.if ? describeCondition(rule.if, lang) : ''}`}</TableCell>
                  <TableCell>
                    <NumberInput
                      testId={`model-points-${rule.id}`}
                      name={`points-${rule.id}`}
                      label={rule.id}
                      value={rule.points}
                      readOnly={!admin}
                      onChange={(v) => edit(kind, i, { points: Number(v) })}
                    />
                  </TableCell>
                  <TableCell>
                    <Button testId={`model-remove-${rule.id}`} size="xs" disabled={!admin} onClick={() => edit(kind, i, null)}>
                      {text(lang, 'model.remove')}
                    </Button>
                  </TableCell>
                </TableRow>
              )),
            )}
          </TableBody>
        </Table>
      ) : null}
      {draft ? (
        <NumberInput
          testId="model-threshold"
          name="threshold"
          label={text(lang, 'model.threshold')}
          value={draft.thresholds?.mql}
          readOnly={!admin}
          onChange={(v) => setDraft({ ...draft, thresholds: { ...draft.thresholds, mql: Number(v) } })}
        />
      ) : null}
      {checked && !checked.ok ? (
        <Alert testId="model-issues" title={text(lang, 'save.failed')} variant="error">
          <Text>{describeIssues(checked.issues)}</Text>
        </Alert>
      ) : null}
      <SaveFeedback status={backtest.status.kind === 'saved' ? { kind: 'idle' } : backtest.status} lang={lang} onReload={reload} testId="model-backtest" />
      {tested && tested.model === key ? <Text testId="model-backtest-result">{backtestLine(tested, lang)}</Text> : null}
      {admin && draft ? (
        <Flex direction="row" gap="sm">
          <Button testId="model-run-backtest" disabled={backtest.busy || !checked?.ok} onClick={() => void runBacktest()}>
            {text(lang, 'model.backtest')}
          </Button>
          <Button testId="model-save" variant="primary" disabled={saving.busy || !checked?.ok || tested?.model !== key} onClick={() => void submit()}>
            {saving.busy ? text(lang, 'save.saving') : text(lang, 'model.save')}
          </Button>
        </Flex>
      ) : null}
      {admin && draft && tested?.model !== key ? <Text variant="microcopy">{text(lang, 'model.backtestFirst')}</Text> : null}
    </Flex>
  );
}
