// Plan card (company record): the latest diagnosis turned into HubSpot tasks
// on the company (created once, never twice), shown by transition and owner,
// with progress toward the projected level.
import { useState } from 'react';
import { Alert, Button, ButtonRow, Divider, Flex, List, Text, type CrmContext } from '@hubspot/ui-extensions';
import { buildPlanFromDiagnosis, describeIssues, diagnose, type Lang } from './core';
import { chrome } from './chrome';
import { callAppFunction, type CallFunction } from './functions';
import { langOfContext } from './lang';
import { PlanCharts } from './PlanCharts';
import { PlanProgressView } from './PlanProgressView';
import { planRows, PlanTaskTable } from './PlanTaskTable';
import type { PlanTaskRecord, TaskStatus } from './planTasks';
import { Empty, Failure, FetchView } from './StateViews';
import { usePlanData, type PlanData, type UsePlanData } from './usePlanData';
import { useWrite, type Write } from './useWrite';
import { WriteFeedback } from './WriteFeedback';

export interface PlanCardProps {
  context: CrmContext;
  useData?: UsePlanData;
  call?: CallFunction;
}

interface Preview {
  created: string[];
  skipped: number;
}

/** Titles the function would create, from its `{ created, skippedKeys }` answer. */
function readPreview(value: unknown): Preview {
  const v = (value ?? {}) as { created?: unknown; skippedKeys?: unknown };
  const created = Array.isArray(v.created) ? v.created.map((t) => String((t as { title?: unknown }).title ?? '')) : [];
  return { created, skipped: Array.isArray(v.skippedKeys) ? v.skippedKeys.length : 0 };
}

/** Status changes not yet saved, by task key; held by the card so a stale refusal and reload keep them. */
type PendingStatus = Record<string, TaskStatus>;

interface PlanReadyProps {
  data: PlanData;
  lang: Lang;
  write: Write;
  reload: () => void;
  pending: PendingStatus;
  setPending: (pending: PendingStatus) => void;
}

function PlanReady({ data, lang, write, reload, pending, setPending }: PlanReadyProps) {
  const [preview, setPreview] = useState<Preview | null>(null);
  if (!data.hasDiagnosis) {
    return (
      <Empty lang={lang} title={chrome(lang, 'plan.emptyTitle')}>
        <Text>{chrome(lang, 'plan.emptyHint')}</Text>
      </Empty>
    );
  }
  const diagnosis = diagnose(data.input, { asOf: data.asOf, lang });
  if (!diagnosis.ok) return <Failure lang={lang} message={describeIssues(diagnosis.issues)} />;
  const options = { start: data.start, lang, ...(data.targetLevel ? { toLevel: data.targetLevel } : {}) };
  const plan = buildPlanFromDiagnosis(diagnosis.value, options);
  if (!plan.ok) return <Failure lang={lang} message={describeIssues(plan.issues)} />;

  const rows = planRows(plan.value.tasks, data.tasks);
  const doneKeys = data.tasks.filter((task) => task.status === 'COMPLETED').map((task) => task.key);
  const missing = plan.value.tasks.filter((task) => !data.tasks.some((r) => r.key === task.id)).length;
  const busy = write.status.kind === 'saving';
  const base = { companyId: data.companyId, ...options };

  const runPreview = async () => {
    const value = await write.run('ma-create-plan-tasks', { ...base, preview: true });
    if (value !== null) setPreview(readPreview(value));
  };
  const create = async () => {
    const value = await write.run('ma-create-plan-tasks', base);
    if (value !== null) {
      setPreview(null);
      reload();
    }
  };
  const setStatus = async (record: PlanTaskRecord, status: TaskStatus) => {
    setPending({ ...pending, [record.key]: status });
    const value = await write.run('ma-update-task', { taskId: record.taskId, status, expectedLastModified: record.lastModified, lang });
    if (value !== null) {
      const { [record.key]: _saved, ...rest } = pending;
      setPending(rest);
      reload();
    }
  };

  return (
    <Flex direction="column" gap="md">
      <PlanProgressView plan={plan.value} diagnosis={diagnosis.value} doneKeys={doneKeys} lang={lang} />
      {rows.length === 0 ? (
        <Text testId="plan-no-tasks">{chrome(lang, 'plan.noTasks')}</Text>
      ) : (
        <>
          <PlanCharts rows={rows} today={data.start} lang={lang} />
          <PlanTaskTable rows={rows} lang={lang} busy={busy} pending={pending} onStatus={(record, status) => void setStatus(record, status)} />
        </>
      )}
      <Divider />
      <Text testId="plan-missing">{chrome(lang, 'plan.missing', { count: missing })}</Text>
      {preview ? (
        <Alert testId="plan-preview" title={chrome(lang, 'plan.previewTitle', { count: preview.created.length, skipped: preview.skipped })} variant="info">
          <List>
            {preview.created.map((title, i) => (
              <Text key={i}>{title}</Text>
            ))}
          </List>
        </Alert>
      ) : null}
      <ButtonRow>
        <Button testId="plan-preview-button" disabled={busy} onClick={() => void runPreview()}>
          {chrome(lang, 'plan.preview')}
        </Button>
        <Button testId="plan-create" variant="primary" disabled={busy || missing === 0} onClick={() => void create()}>
          {chrome(lang, 'plan.create', { count: missing })}
        </Button>
      </ButtonRow>
    </Flex>
  );
}

export function PlanCard({ context, useData = usePlanData, call = callAppFunction }: PlanCardProps) {
  const lang = langOfContext(context);
  const state = useData({ companyId: String(context.crm.objectId), call, lang });
  const write = useWrite(call);
  const [pending, setPending] = useState<PendingStatus>({});
  return (
    <FetchView
      state={state}
      lang={lang}
      ready={(data, reload) => (
        <Flex direction="column" gap="sm">
          <WriteFeedback
            lang={lang}
            status={write.status}
            onReload={() => {
              write.reset();
              reload();
            }}
          />
          <PlanReady data={data} lang={lang} write={write} reload={reload} pending={pending} setPending={setPending} />
        </Flex>
      )}
    />
  );
}
