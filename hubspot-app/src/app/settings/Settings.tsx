// The app's settings page (platform 2026.03 `settings` component): the
// portal's default MA program, for its admins: who signs for which
// department, the field mapping, the scoring model (with its backtest), the
// model suggested from the program's deal outcomes, the handoff rules and
// routing, and the bulk rescoring. Everyone else sees the settings
// read-only; every write is refused on the server to a non-admin.
import { useState } from 'react';
import { Alert, Button, EmptyState, ErrorState, Flex, Heading, Input, LoadingSpinner, Tab, Tabs, Text, type SettingsContext } from '@hubspot/ui-extensions';
import { AccessSection } from './AccessSection';
import { callSettingsFunction, type CallSettings } from './calls';
import { langFromLocale, type Lang } from './core';
import { HandoffSection } from './HandoffSection';
import { MappingSection } from './MappingSection';
import { ModelSection } from './ModelSection';
import { RescoreSection } from './RescoreSection';
import { SaveFeedback } from './SaveFeedback';
import { SuggestionSection } from './SuggestionSection';
import { text } from './texts';
import { useSave } from './useSave';
import { useSettingsData, type SectionProps } from './useSettingsData';

export interface SettingsProps {
  context: Pick<SettingsContext, 'user'>;
  call?: CallSettings;
}

/** No default program yet: an admin names the company record that holds it. */
function NoProgram({ lang, call, reload }: { lang: Lang; call: CallSettings; reload: () => void }) {
  const [companyId, setCompanyId] = useState('');
  const { status, save, busy } = useSave(call);
  const makeDefault = async () => {
    const read = await call('ma-load-program', { companyId, lang });
    const revision = read.ok && typeof (read.value as { revision?: unknown }).revision === 'number' ? (read.value as { revision: number }).revision : 0;
    if ((await save('ma-save-program', { companyId, program: {}, makeDefault: true, expectedRevision: revision, lang })) !== null) reload();
  };
  return (
    <EmptyState testId="settings-no-program" title={text(lang, 'page.noProgram')} layout="vertical" imageName="building">
      <Text>{text(lang, 'page.noProgramHint')}</Text>
      <SaveFeedback status={status} lang={lang} onReload={reload} testId="settings-default" />
      <Input testId="settings-company-id" name="companyId" label={text(lang, 'page.companyId')} value={companyId} onChange={(v) => setCompanyId(String(v).trim())} />
      <Button testId="settings-make-default" variant="primary" disabled={busy || !/^\d{1,20}$/.test(companyId)} onClick={() => void makeDefault()}>
        {text(lang, 'page.makeDefault')}
      </Button>
    </EmptyState>
  );
}

export function Settings({ context, call = callSettingsFunction }: SettingsProps) {
  const lang = langFromLocale(context.user?.locale);
  const state = useSettingsData(call, lang);
  if (state.status === 'loading') return <LoadingSpinner testId="settings-loading" label={text(lang, 'page.loading')} showLabel layout="centered" />;
  if (state.status === 'error') {
    if (state.error.code === 'not-found') return <NoProgram lang={lang} call={call} reload={state.retry} />;
    return (
      <ErrorState testId="settings-error" title={text(lang, 'page.error')}>
        <Text>{state.error.message}</Text>
        <Button onClick={state.retry}>{text(lang, 'page.retry')}</Button>
      </ErrorState>
    );
  }
  const { program, admin, reload } = state;
  const section: SectionProps = { program, admin, lang, call, reload };
  // Sections keep their edits across a reload (a stale refusal keeps what was typed); each save sends the revision just read.
  return (
    <Flex direction="column" gap="md">
      <Heading>{text(lang, 'page.title')}</Heading>
      <Text testId="settings-program">{text(lang, 'page.program', { name: program.name || '—', id: program.companyId, revision: program.revision })}</Text>
      {!admin ? <Alert testId="settings-read-only" title={text(lang, 'page.readOnly')} variant="info" /> : null}
      <Tabs defaultSelected="access">
        <Tab tabId="access" title={text(lang, 'tab.access')}>
          <AccessSection {...section} />
        </Tab>
        <Tab tabId="mapping" title={text(lang, 'tab.mapping')}>
          <MappingSection {...section} />
        </Tab>
        <Tab tabId="model" title={text(lang, 'tab.model')}>
          <ModelSection {...section} />
        </Tab>
        <Tab tabId="suggestion" title={text(lang, 'tab.suggestion')}>
          <SuggestionSection {...section} />
        </Tab>
        <Tab tabId="handoff" title={text(lang, 'tab.handoff')}>
          <HandoffSection {...section} />
        </Tab>
        <Tab tabId="rescore" title={text(lang, 'tab.rescore')}>
          <RescoreSection {...section} />
        </Tab>
      </Tabs>
    </Flex>
  );
}
