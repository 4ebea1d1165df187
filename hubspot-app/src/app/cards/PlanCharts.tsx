// The plan's tasks as charts, each beside a table of the same figures: tasks
// done and open per transition, and the tasks by due date with the overdue ones
// marked. What is overdue is the core's answer (trackPlan); a task counts as
// done when its HubSpot task is COMPLETED, and a plan task not yet created as
// a HubSpot task is open.
import { BarChart, Flex, Heading, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@hubspot/ui-extensions';
import { describeIssues, t, trackPlan, type Lang, type PlanTracking } from './core';
import { chrome } from './chrome';
import { formatDate } from './format';
import type { PlanRow } from './PlanTaskTable';
import { Failure } from './StateViews';

type State = 'overdue' | 'open' | 'done';
const stateOf = (task: PlanTracking['timeline'][number]): State => (task.overdue ? 'overdue' : task.done ? 'done' : 'open');

/** 'レベル2→3(基礎→発展)' for a transition the catalog knows, else the stored text. */
function transitionName(lang: Lang, transition: string): string {
  const key = `transition.${transition}`;
  const name = t(lang, key);
  return name === key ? transition : name;
}

function TransitionProgress({ tracking, lang }: { tracking: PlanTracking; lang: Lang }) {
  const done = chrome(lang, 'plan.done');
  const open = chrome(lang, 'plan.open');
  return (
    <Flex direction="column" gap="xs">
      <Heading>{chrome(lang, 'plan.byTransition')}</Heading>
      <BarChart
        testId="plan-transition-chart"
        data={tracking.byTransition.flatMap((p) => [
          { transition: transitionName(lang, p.transition), tasks: p.done, state: done },
          { transition: transitionName(lang, p.transition), tasks: p.total - p.done, state: open },
        ])}
        axes={{
          x: { field: 'transition', fieldType: 'category', label: chrome(lang, 'plan.transitionHeader') },
          y: { field: 'tasks', fieldType: 'linear', label: chrome(lang, 'plan.taskCount') },
          options: { groupFieldByColor: 'state', stacking: true, colors: { [done]: 'green', [open]: 'aqua' } },
        }}
        options={{ showLegend: true, showDataLabels: true }}
      />
      <Table bordered density="condensed" testId="plan-transition-table">
        <TableHead>
          <TableRow>
            <TableHeader>{chrome(lang, 'plan.transitionHeader')}</TableHeader>
            <TableHeader align="right">{done}</TableHeader>
            <TableHeader align="right">{chrome(lang, 'plan.total')}</TableHeader>
            <TableHeader align="right">{chrome(lang, 'plan.percent')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {tracking.byTransition.map((p) => (
            <TableRow key={p.transition}>
              <TableCell>{transitionName(lang, p.transition)}</TableCell>
              <TableCell align="right" testId={`plan-transition-done-${p.transition}`}>
                {String(p.done)}
              </TableCell>
              <TableCell align="right">{String(p.total)}</TableCell>
              <TableCell align="right">{`${p.percent}%`}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
}

function DueTimeline({ tracking, rows, lang }: { tracking: PlanTracking; rows: PlanRow[]; lang: Lang }) {
  const names: Record<State, string> = { overdue: chrome(lang, 'plan.overdue'), open: chrome(lang, 'plan.open'), done: chrome(lang, 'plan.done') };
  // One bar per due date, stacked by state: how many tasks fall due that day, and how many of them are overdue.
  const bars = new Map<string, number>();
  for (const task of tracking.timeline) {
    if (task.due === null) continue;
    const key = `${task.due}|${stateOf(task)}`;
    bars.set(key, (bars.get(key) ?? 0) + 1);
  }
  const data = [...bars.entries()].map(([key, tasks]) => {
    const [due, state] = key.split('|') as [string, State];
    return { due: formatDate(due, lang), tasks, state: names[state] };
  });
  const statusOf = (key: string) => {
    const record = rows.find((r) => r.key === key)?.record;
    return record ? chrome(lang, `plan.status.${record.status}`) : chrome(lang, 'plan.notCreated');
  };
  return (
    <Flex direction="column" gap="xs">
      <Heading>{chrome(lang, 'plan.timeline')}</Heading>
      <BarChart
        testId="plan-timeline-chart"
        data={data}
        axes={{
          x: { field: 'due', fieldType: 'category', label: chrome(lang, 'plan.due') },
          y: { field: 'tasks', fieldType: 'linear', label: chrome(lang, 'plan.taskCount') },
          options: { groupFieldByColor: 'state', stacking: true, colors: { [names.overdue]: 'darkOrange', [names.open]: 'blue', [names.done]: 'green' } },
        }}
        options={{ showLegend: true, showDataLabels: true }}
      />
      <Table bordered density="condensed" testId="plan-timeline-table">
        <TableHead>
          <TableRow>
            <TableHeader>{chrome(lang, 'plan.due')}</TableHeader>
            <TableHeader>{chrome(lang, 'plan.task')}</TableHeader>
            <TableHeader>{chrome(lang, 'plan.status')}</TableHeader>
            <TableHeader>{chrome(lang, 'plan.overdue')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {tracking.timeline.map((task) => (
            <TableRow key={task.key}>
              <TableCell>{formatDate(task.due, lang)}</TableCell>
              <TableCell>{task.title}</TableCell>
              <TableCell>{statusOf(task.key)}</TableCell>
              <TableCell testId={`plan-overdue-${task.key}`}>{task.overdue ? chrome(lang, 'plan.daysOverdue', { days: task.daysOverdue ?? 0 }) : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
}

export function PlanCharts({ rows, today, lang }: { rows: PlanRow[]; today: string; lang: Lang }) {
  const tracked = trackPlan({
    tasks: rows.map((r) => ({ key: r.key, title: r.title, transition: r.transition, due: r.due, done: r.record?.status === 'COMPLETED' })),
    today,
  });
  if (!tracked.ok) return <Failure lang={lang} message={describeIssues(tracked.issues)} />;
  return (
    <Flex direction="column" gap="md">
      <TransitionProgress tracking={tracked.value} lang={lang} />
      <DueTimeline tracking={tracked.value} rows={rows} lang={lang} />
    </Flex>
  );
}
