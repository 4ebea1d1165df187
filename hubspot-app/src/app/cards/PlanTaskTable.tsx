// The plan's tasks by transition (1→2, 2→3, ...) with owner role, due date
// and the HubSpot task's status, which the owner changes here.
import { Flex, Heading, Select, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import { t, type Lang, type PlanTask } from './core';
import { chrome } from './chrome';
import { formatDate } from './format';
import { TASK_STATUSES, type PlanTaskRecord, type TaskStatus } from './planTasks';

export interface PlanRow {
  key: string;
  title: string;
  transition: string;
  owner: string;
  due: string | null;
  record: PlanTaskRecord | null;
}

/** Plan tasks joined to their HubSpot tasks by key; tasks of earlier plans follow. */
export function planRows(planTasks: readonly PlanTask[], records: readonly PlanTaskRecord[]): PlanRow[] {
  const byKey = new Map(records.map((r) => [r.key, r]));
  const rows: PlanRow[] = planTasks.map((task) => {
    const record = byKey.get(task.id) ?? null;
    return { key: task.id, title: task.title, transition: task.transition, owner: task.owner, due: record?.due ?? task.due, record };
  });
  const planned = new Set(planTasks.map((task) => task.id));
  for (const r of records) {
    if (!planned.has(r.key)) rows.push({ key: r.key, title: r.title, transition: r.transition, owner: r.owner, due: r.due, record: r });
  }
  return rows;
}

export interface PlanTaskTableProps {
  rows: PlanRow[];
  lang: Lang;
  onStatus: (record: PlanTaskRecord, status: TaskStatus) => void;
  /** Chosen but not saved yet (shown instead of the stored status). */
  pending: Partial<Record<string, TaskStatus>>;
  busy: boolean;
}

export function PlanTaskTable({ rows, lang, onStatus, pending, busy }: PlanTaskTableProps) {
  const transitions = [...new Set(rows.map((r) => r.transition))].sort();
  return (
    <Flex direction="column" gap="sm">
      {transitions.map((transition) => (
        <Flex key={transition} direction="column" gap="xs">
          <Heading>{chrome(lang, 'plan.transition', { transition: transition.replace('->', '→') })}</Heading>
          <Table bordered density="condensed" testId={`plan-transition-${transition}`}>
            <TableHead>
              <TableRow>
                <TableHeader>{chrome(lang, 'plan.task')}</TableHeader>
                <TableHeader>{chrome(lang, 'plan.owner')}</TableHeader>
                <TableHeader>{chrome(lang, 'plan.due')}</TableHeader>
                <TableHeader>{chrome(lang, 'plan.status')}</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows
                .filter((r) => r.transition === transition)
                .sort((a, b) => a.owner.localeCompare(b.owner) || (a.due ?? '').localeCompare(b.due ?? ''))
                .map((row) => (
                  <TableRow key={row.key}>
                    <TableCell>{row.title}</TableCell>
                    <TableCell>{t(lang, `role.${row.owner}`)}</TableCell>
                    <TableCell testId={`plan-due-${row.key}`}>{formatDate(row.due, lang)}</TableCell>
                    <TableCell testId={`plan-row-${row.key}`}>
                      {row.record ? (
                        <Select
                          testId={`plan-status-${row.key}`}
                          name={`status-${row.key}`}
                          label={chrome(lang, 'plan.status')}
                          placeholder={chrome(lang, 'plan.statusPlaceholder')}
                          value={pending[row.key] ?? row.record.status}
                          readOnly={busy}
                          options={TASK_STATUSES.map((s) => ({ label: chrome(lang, `plan.status.${s}`), value: s }))}
                          onChange={(value) => row.record && onStatus(row.record, value as TaskStatus)}
                        />
                      ) : (
                        <Text>{chrome(lang, 'plan.notCreated')}</Text>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
        </Flex>
      ))}
    </Flex>
  );
}
