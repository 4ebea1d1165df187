// Readable reports for `diagnose --format text` and `plan --format text`, in
// the diagnosis' language. Every text comes from the catalogs.
import { t, type Lang } from '../i18n';
import {
  itemLabel,
  levelInfo,
  levelLabel,
  type Diagnosis,
  type Evidence,
  type ItemNumber,
  type Plan,
  type Profile,
} from '../method';
import { ROLES, type Role } from '../roles';

const roleName = (lang: Lang, role: Role) => t(lang, `role.${role}`);
const list = (lang: Lang, parts: string[]) => parts.join(lang === 'ja' ? '、' : ', ');

/** Columns a text takes in a terminal: CJK characters are two wide. */
function width(text: string): number {
  return [...text].reduce((sum, ch) => sum + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
}

function heading(text: string): string {
  return `\n${text}\n${'-'.repeat(Math.min(60, width(text)))}`;
}

function itemLines(lang: Lang, items: readonly ItemNumber[]): string[] {
  if (items.length === 0) return [`  ${t(lang, 'report.none')}`];
  return items.map((item) => `  ${String(item).padStart(2)}. ${itemLabel(lang, item)}`);
}

function evidenceText(lang: Lang, evidence: Evidence): string {
  if (evidence.type === 'item') {
    const key = evidence.checked ? 'report.evidence.checked' : 'report.evidence.unchecked';
    return t(lang, key, { item: evidence.item, label: itemLabel(lang, evidence.item) });
  }
  return t(lang, 'report.evidence.history', {
    date: evidence.takenAt.slice(0, 10),
    level: evidence.level,
    days: evidence.daysBefore,
  });
}

const percentOf = (share: number) => Math.round(share * 100);
const axisName = (lang: Lang, axis: string) => t(lang, `axis.${axis}`);

/** One line per axis, the weakest named with the items to start from; per department when several answered. */
function profileLines(lang: Lang, d: Diagnosis): string[] {
  const out = [heading(t(lang, 'report.profile'))];
  for (const score of d.profile) {
    const line = t(lang, 'report.profile.axis', { axis: axisName(lang, score.axis), checked: score.checked, total: score.total, percent: percentOf(score.share) });
    out.push(`  ${line}`);
  }
  const weakest = d.weakestAxis;
  if (weakest === null) out.push(`  ${t(lang, 'report.profile.complete')}`);
  else {
    const items = list(lang, weakest.items.map((item) => `${item} ${itemLabel(lang, item)}`));
    out.push(`  ${t(lang, 'report.profile.weakest', { axis: axisName(lang, weakest.axis), percent: percentOf(weakest.share), items })}`);
  }
  const byRole = d.profileByRole ?? {};
  const roles = ROLES.filter((role) => byRole[role] !== undefined);
  if (roles.length > 1) {
    out.push(heading(t(lang, 'report.profile.byRole')));
    for (const role of roles) {
      const axes = list(lang, (byRole[role] as Profile).map((s) => `${axisName(lang, s.axis)} ${s.checked}/${s.total}`));
      out.push(`  ${t(lang, 'report.profile.role', { role: roleName(lang, role), axes })}`);
    }
  }
  return out;
}

export function formatDiagnosisReport(d: Diagnosis): string {
  const lang = d.lang;
  const info = levelInfo(d.level, lang);
  const out: string[] = [t(lang, 'report.title'), t(lang, 'report.asOf', { date: d.asOf.slice(0, 10) })];
  if (d.respondentCount !== undefined) out.push(t(lang, 'report.respondents', { count: d.respondentCount }));
  out.push(
    '',
    t(lang, 'report.level', { label: info.label, state: info.state }),
    t(lang, 'report.characteristics', { text: info.characteristics }),
    t(lang, 'report.checked', { count: d.checkedCount }),
  );
  if (d.nextLevel === null) out.push(t(lang, 'report.top'));
  else out.push(t(lang, 'report.next', { label: levelLabel(d.nextLevel, lang), count: d.checksToNextLevel ?? 0 }));
  out.push(t(lang, 'report.nextActions', { actions: list(lang, info.nextActions) }));
  out.push(t(lang, 'report.effective', { level: levelLabel(d.effectiveLevel, lang) }));

  out.push(...profileLines(lang, d));
  out.push(heading(t(lang, 'report.gaps')), ...itemLines(lang, d.gaps));
  if (d.unanswered.length > 0) out.push(heading(t(lang, 'report.unanswered')), ...itemLines(lang, d.unanswered));

  out.push(heading(t(lang, 'report.contradictions')));
  if (d.contradictions.length === 0) out.push(`  ${t(lang, 'report.none')}`);
  for (const c of d.contradictions) out.push(`  - ${c.explanation}`);

  out.push(heading(t(lang, 'report.failurePatterns')));
  if (!d.failurePatternsAssessed) out.push(`  ${t(lang, 'report.failurePatterns.notAssessed')}`);
  else if (d.failurePatterns.length === 0) out.push(`  ${t(lang, 'report.none')}`);
  for (const f of d.failurePatterns) {
    out.push(`  ■ ${f.title} [${f.id}]`);
    out.push(`    ${t(lang, 'report.evidence')}: ${list(lang, f.evidence.map((e) => evidenceText(lang, e)))}`);
    out.push(`    ${t(lang, 'report.advice')}: ${f.advice}`);
  }

  out.push(heading(t(lang, 'report.benchmark')), `  ${d.benchmark.position}`);
  for (const note of d.benchmark.notes) out.push(`  ${note}`);
  out.push(`  ${t(lang, 'report.source')}: ${d.benchmark.source}`, `  ${t(lang, 'report.caveat')}: ${d.benchmark.caveat}`);

  if (d.byRole && d.alignment) {
    out.push(heading(t(lang, 'report.byRole')));
    for (const role of ROLES) {
      const level = d.byRole[role];
      if (level !== undefined) out.push(`  ${roleName(lang, role)}: ${levelLabel(level, lang)}`);
    }
    out.push(heading(t(lang, 'report.alignment')), `  ${t(lang, 'report.levelSpread', { spread: d.alignment.levelSpread })}`);
    out.push(`  ${t(lang, 'report.disagreements')}:`, ...itemLines(lang, d.alignment.disagreements).map((l) => `  ${l}`));
    if (d.alignment.ties.length > 0) {
      out.push(`  ${t(lang, 'report.ties')}:`, ...itemLines(lang, d.alignment.ties).map((l) => `  ${l}`));
    }
  }

  if (d.trend) {
    out.push(heading(t(lang, 'report.trend')));
    for (const p of d.trend.points) {
      out.push(`  ${t(lang, 'report.trend.point', { date: p.takenAt.slice(0, 10), label: levelLabel(p.level, lang), count: p.checkedCount })}`);
    }
    const change = d.trend.levelChange;
    out.push(`  ${t(lang, 'report.trend.change', { change: change > 0 ? `+${change}` : String(change) })}`);
    out.push(`  ${t(lang, 'report.gained')}:`, ...itemLines(lang, d.trend.gained).map((l) => `  ${l}`));
    out.push(`  ${t(lang, 'report.lost')}:`, ...itemLines(lang, d.trend.lost).map((l) => `  ${l}`));
  }
  return `${out.join('\n')}\n`;
}

export function formatPlanReport(plan: Plan): string {
  const lang = plan.lang;
  const out: string[] = [
    t(lang, 'report.plan.title'),
    t(lang, 'report.plan.start', { date: plan.start }),
    t(lang, 'report.plan.levels', {
      level: levelLabel(plan.level, lang),
      projected: levelLabel(plan.projectedLevel, lang),
      target: levelLabel(plan.targetLevel, lang),
    }),
  ];
  if (plan.tasks.length === 0) out.push('', t(lang, 'report.plan.empty'));
  for (const [index, task] of plan.tasks.entries()) {
    out.push('', `${index + 1}. ${task.title} [${task.id}] (${t(lang, `transition.${task.transition}`)})`);
    out.push(`   ${t(lang, 'report.plan.due', { starts: task.startsOn, due: task.due, days: task.durationDays })}`);
    out.push(`   ${t(lang, 'report.plan.owner', { owner: roleName(lang, task.owner) })}`);
    if (task.participants.length > 0) {
      out.push(`   ${t(lang, 'report.plan.participants', { roles: list(lang, task.participants.map((r) => roleName(lang, r))) })}`);
    }
    out.push(`   ${t(lang, 'report.plan.items', { items: list(lang, task.checklistItems.map((i) => `${i} ${itemLabel(lang, i)}`)) })}`);
    if (task.dependsOn.length > 0) out.push(`   ${t(lang, 'report.plan.dependsOn', { ids: list(lang, task.dependsOn) })}`);
    out.push(`   ${t(lang, 'report.plan.acceptance')}:`, ...task.acceptance.map((a) => `     - ${a}`));
  }
  return `${out.join('\n')}\n`;
}
