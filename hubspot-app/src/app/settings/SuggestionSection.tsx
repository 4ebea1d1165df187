// The suggested scoring model, for the program's admins: learned on the
// server from the program's own won and lost deals (ma-suggest-model, the
// core's suggestModel), shown beside the model in force rule by rule with the
// held-out backtests side by side, and, on confirmation, stored as the next
// draft version of the definitions (ma-draft-from-suggestion, with the
// revision this page read), which marketing, inside sales and sales then sign
// on the Definitions card like any other edit. Whether it is an improvement is
// the core's answer, said as it says it; one that is not may still be
// drafted (the function takes any suggestion the core made: the departments'
// sign-off decides), but it is offered as what it is, never as an
// improvement. The server refuses both calls to anyone but an admin.
import { useState } from 'react';
import { Alert, Button, Flex, LoadingSpinner, Select, Text } from '@hubspot/ui-extensions';
import { carriesSuggestion, describeIssues, t, type Issue, type ModelSuggestion, type ScoringModel } from './core';
import { Confirm } from './Confirm';
import { SaveFeedback } from './SaveFeedback';
import { BacktestSideBySide, RuleTable, Verdict } from './SuggestionView';
import { text } from './texts';
import type { SectionProps, WorkingSet } from './useSettingsData';
import { useSave } from './useSave';

type Target = 'won' | 'opportunity';
const TARGETS: Target[] = ['won', 'opportunity'];

/** ma-suggest-model's answer (FUNCTIONS.md). */
interface SuggestAnswer {
  model: ScoringModel;
  suggestion: ModelSuggestion | null;
  refusal: Issue[] | null;
  contacts: number;
  truncated: boolean;
}

function Refusal({ issues, lang }: { issues: Issue[]; lang: SectionProps['lang'] }) {
  // Too few outcomes to learn from: the core's refusal, said as it says it.
  if (issues.some((i) => i.code === 'too_few_outcomes')) {
    return (
      <Alert testId="suggestion-not-enough" title={text(lang, 'suggestion.notEnough')} variant="warning">
        <Text>{issues.map((i) => i.message).join(' ')}</Text>
        <Text variant="microcopy">{text(lang, 'suggestion.notEnoughHint')}</Text>
      </Alert>
    );
  }
  return (
    <Alert testId="suggestion-refusal" title={text(lang, 'suggestion.cannot')} variant="error">
      <Text>{describeIssues(issues)}</Text>
    </Alert>
  );
}

function DraftOffer({ suggestion, base, props }: { suggestion: ModelSuggestion; base: WorkingSet | null; props: SectionProps }) {
  const { program, lang, call, reload } = props;
  const [confirming, setConfirming] = useState(false);
  const draft = useSave(call);
  const [made, setMade] = useState<number | null>(null);
  if (!base) return <Text testId="suggestion-no-definitions">{text(lang, 'suggestion.noDefinitions')}</Text>;
  const state = t(lang, `definition.state.${base.state}`);
  const alreadyDrafted = carriesSuggestion(base, suggestion);
  const submit = async () => {
    setConfirming(false);
    const value = (await draft.save('ma-draft-from-suggestion', {
      companyId: program.companyId,
      suggestion: { model: suggestion.model, threshold: suggestion.threshold },
      expectedRevision: program.revision,
      lang,
    })) as { definitions: { current: { version: number } } } | null;
    if (value) {
      setMade(value.definitions.current.version);
      reload();
    }
  };
  return (
    <Flex direction="column" gap="sm">
      {made !== null && draft.status.kind === 'saved' ? <Alert testId="suggestion-draft-done" title={text(lang, 'suggestion.draftDone', { version: made })} variant="success" /> : null}
      <SaveFeedback status={draft.status.kind === 'saved' ? { kind: 'idle' } : draft.status} lang={lang} onReload={reload} testId="suggestion-draft" />
      {alreadyDrafted ? <Text testId="suggestion-drafted">{text(lang, 'suggestion.drafted', { version: base.version, state })}</Text> : null}
      {confirming ? (
        <Confirm
          testId="suggestion-confirm"
          title={text(lang, 'suggestion.confirmTitle')}
          yes={text(lang, 'suggestion.confirm')}
          no={text(lang, 'suggestion.cancel')}
          onYes={() => void submit()}
          onNo={() => setConfirming(false)}
        >
          <Text>{text(lang, 'suggestion.confirmText', { from: base.version, state, version: base.version + 1, threshold: suggestion.threshold.to })}</Text>
          {!suggestion.improvement ? <Text testId="suggestion-confirm-not-better">{suggestion.evaluation.verdict}</Text> : null}
        </Confirm>
      ) : null}
      {!alreadyDrafted && !confirming ? (
        <Button testId="suggestion-draft" variant={suggestion.improvement ? 'primary' : 'secondary'} disabled={draft.busy} onClick={() => setConfirming(true)}>
          {draft.busy ? text(lang, 'save.saving') : text(lang, suggestion.improvement ? 'suggestion.draft' : 'suggestion.draftNotBetter', { version: base.version + 1 })}
        </Button>
      ) : null}
    </Flex>
  );
}

export function SuggestionSection(props: SectionProps) {
  const { program, admin, lang, call } = props;
  const [target, setTarget] = useState<Target>('won');
  const [answer, setAnswer] = useState<SuggestAnswer | null>(null);
  const run = useSave(call);
  if (!admin) {
    return (
      <Flex direction="column" gap="sm">
        <Text>{text(lang, 'suggestion.intro')}</Text>
        <Alert testId="suggestion-admins-only" title={text(lang, 'suggestion.adminsOnly')} variant="info" />
      </Flex>
    );
  }
  const suggest = async () => {
    setAnswer(null);
    const value = (await run.save('ma-suggest-model', { companyId: program.companyId, target, lang })) as SuggestAnswer | null;
    if (value) setAnswer(value);
  };
  const failed = run.status.kind === 'failed' ? run.status.error.message : run.status.kind === 'stale' ? run.status.message : null;
  const suggestion = answer?.suggestion ?? null;
  return (
    <Flex direction="column" gap="sm">
      <Text>{text(lang, 'suggestion.intro')}</Text>
      <Flex direction="row" gap="sm" align="end">
        <Select
          testId="suggestion-target"
          name="target"
          label={text(lang, 'suggestion.target')}
          value={target}
          options={TARGETS.map((value) => ({ value, label: text(lang, `suggestion.target.${value}`) }))}
          onChange={(v) => {
            setTarget(v === 'opportunity' ? 'opportunity' : 'won');
            setAnswer(null);
          }}
        />
        <Button testId="suggestion-run" disabled={run.busy} onClick={() => void suggest()}>
          {text(lang, 'suggestion.run')}
        </Button>
      </Flex>
      {run.busy ? <LoadingSpinner testId="suggestion-loading" label={text(lang, 'suggestion.reading')} showLabel /> : null}
      {failed !== null ? (
        <Alert testId="suggestion-error" title={text(lang, 'suggestion.cannot')} variant="error">
          <Text>{failed}</Text>
        </Alert>
      ) : null}
      {answer?.refusal ? <Refusal issues={answer.refusal} lang={lang} /> : null}
      {answer && suggestion ? (
        <>
          <Verdict suggestion={suggestion} truncatedAt={answer.truncated ? answer.contacts : null} lang={lang} />
          <RuleTable suggestion={suggestion} current={answer.model} lang={lang} />
          <BacktestSideBySide suggestion={suggestion} lang={lang} />
          <DraftOffer suggestion={suggestion} base={program.definitions} props={props} />
        </>
      ) : null}
    </Flex>
  );
}
