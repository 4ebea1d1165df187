// The bulk rescoring of every contact of the program (ma-rescore). A run is
// started once (with a confirmation: it writes every contact), then this page
// asks for its next step until it is done, showing how far it got; closed and
// opened again, it shows the saved progress and continues from there.
// Nothing is counted done that the server did not write.
import { useEffect, useRef, useState } from 'react';
import { Button, ButtonRow, Flex, ProgressBar, StatusTag, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { Confirm } from './Confirm';
import { SaveFeedback } from './SaveFeedback';
import { text } from './texts';
import type { Progress, SectionProps } from './useSettingsData';
import { useSave } from './useSave';

const VARIANT = { running: 'info', done: 'success', cancelled: 'default' } as const;

export function RescoreSection({ program, admin, lang, call }: SectionProps) {
  const [progress, setProgress] = useState<Progress | null>(program.rescore);
  const [confirming, setConfirming] = useState(false);
  const [driving, setDriving] = useState(false);
  const step = useSave(call);
  /** Asked to stop (cancel, or the page closed): the loop ends after the step in flight. */
  const stop = useRef<'cancel' | 'closed' | null>(null);
  const ask = async (action: 'start' | 'continue' | 'cancel', runId?: string) => {
    const value = (await step.save('ma-rescore', { companyId: program.companyId, action, ...(runId ? { runId } : {}), lang })) as { progress: Progress } | null;
    if (value && stop.current !== 'closed') setProgress(value.progress);
    return value ? value.progress : null;
  };
  // One step after another while the run is running and the page is open; a refused step pauses it.
  const drive = async (from: Progress) => {
    setDriving(true);
    let current: Progress | null = from;
    while (current && current.state === 'running' && stop.current === null) current = await ask('continue', current.runId);
    if (current && current.state === 'running' && stop.current === 'cancel') await ask('cancel', current.runId);
    if (stop.current !== 'closed') setDriving(false);
    if (stop.current === 'cancel') stop.current = null;
  };
  useEffect(() => {
    if (admin && program.rescore?.state === 'running') void drive(program.rescore);
    return () => {
      stop.current = 'closed';
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const start = async () => {
    const started = await ask('start');
    if (started) await drive(started);
  };
  const running = progress?.state === 'running';
  const percent = progress && progress.total > 0 ? Math.round((progress.processed / progress.total) * 100) : progress?.state === 'done' ? 100 : 0;
  return (
    <Flex direction="column" gap="sm">
      <Text>{text(lang, 'rescore.intro')}</Text>
      <SaveFeedback status={step.status.kind === 'saved' ? { kind: 'idle' } : step.status} lang={lang} onReload={() => progress && void drive(progress)} testId="rescore" />
      {!progress ? <Text testId="rescore-never">{text(lang, 'rescore.never')}</Text> : null}
      {progress ? (
        <>
          <Flex direction="row" gap="sm" align="center">
            <StatusTag testId="rescore-state" variant={VARIANT[progress.state]}>
              {text(lang, `rescore.state.${progress.state}`)}
            </StatusTag>
            <Text variant="microcopy">{text(lang, 'rescore.startedBy', { by: progress.startedBy, at: progress.startedAt, asOf: progress.asOf })}</Text>
          </Flex>
          <ProgressBar
            testId="rescore-progress"
            title={text(lang, 'rescore.progress', { processed: progress.processed, total: progress.total, written: progress.written, mqls: progress.mqls, tasks: progress.tasks, failed: progress.failed })}
            value={percent}
            maxValue={100}
            showPercentage
            variant={progress.failed > 0 ? 'warning' : 'success'}
          />
          {progress.throttled > 0 ? <Text testId="rescore-throttled">{text(lang, 'rescore.throttled', { count: progress.throttled })}</Text> : null}
          {progress.problems.length > 0 ? (
            <Table bordered density="condensed" testId="rescore-problems">
              <TableHead>
                <TableRow>
                  <TableHeader>{text(lang, 'rescore.problems')}</TableHeader>
                  <TableHeader> </TableHeader>
                </TableRow>
              </TableHead>
              <TableBody>
                {progress.problems.map((p) => (
                  <TableRow key={p.contactId}>
                    <TableCell>{p.contactId}</TableCell>
                    <TableCell>{p.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
        </>
      ) : null}
      {admin && confirming ? (
        <Confirm
          testId="rescore-confirm"
          title={text(lang, 'rescore.confirm')}
          yes={text(lang, 'rescore.confirmYes')}
          no={text(lang, 'rescore.cancel')}
          destructive
          onYes={() => {
            setConfirming(false);
            void start();
          }}
          onNo={() => setConfirming(false)}
        />
      ) : null}
      {admin ? (
        <ButtonRow>
          {!running ? (
            <Button testId="rescore-start" variant="primary" disabled={driving || confirming} onClick={() => setConfirming(true)}>
              {text(lang, 'rescore.start')}
            </Button>
          ) : null}
          {running && !driving ? (
            <Button testId="rescore-continue" onClick={() => progress && void drive(progress)}>
              {text(lang, 'rescore.continue')}
            </Button>
          ) : null}
          {running ? (
            <Button
              testId="rescore-cancel"
              onClick={() => {
                if (driving) stop.current = 'cancel';
                else if (progress) void ask('cancel', progress.runId);
              }}
            >
              {text(lang, 'rescore.cancel')}
            </Button>
          ) : null}
        </ButtonRow>
      ) : null}
    </Flex>
  );
}
