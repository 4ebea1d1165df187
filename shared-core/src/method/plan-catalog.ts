// Task templates of the implementation plan, as data, in the seed's order:
// its actions per transition (レベル別に優先すべき施策), then the MA/SFA
// integration points (MA/SFA連携で押さえるべきポイント). Where the seed names no
// action for an item (1, 2, 11, 12-15), a task of the product fills the gap so
// that a plan to level N really reaches level N.
import type { MessageKey } from '../i18n';
import type { Role } from '../roles';
import type { ItemNumber } from './checklist';

export const TRANSITIONS = ['0->1', '1->2', '2->3', '3->4', '4->5'] as const;
export type Transition = (typeof TRANSITIONS)[number];

export type IntegrationPoint =
  | 'ma-to-sfa-sync'
  | 'mql-sql-agreement'
  | 'handoff-timing'
  | 'deal-feedback'
  | 'field-definitions'
  | 'update-timing'
  | 'operating-rules';

export const INTEGRATION_POINTS: readonly IntegrationPoint[] = [
  'ma-to-sfa-sync',
  'mql-sql-agreement',
  'handoff-timing',
  'deal-feedback',
  'field-definitions',
  'update-timing',
  'operating-rules',
];

export interface TaskTemplate {
  /** Stable: the CRMs use it as the dedupe key of task records. */
  id: string;
  transition: Transition;
  /** Checklist items the task satisfies; an item counts as done once every plan task listing it is done. */
  checklistItems: ItemNumber[];
  owner: Role;
  /** Other roles that take part, for practices that need several departments. */
  participants: Role[];
  dependsOn: string[];
  durationDays: number;
  /** Where the task comes from in the seed. */
  source: 'transition-action' | 'integration-point' | 'checklist-item';
  integrationPoint?: IntegrationPoint;
  acceptanceCount: number;
}

const task = (
  id: string,
  transition: Transition,
  checklistItems: ItemNumber[],
  owner: Role,
  participants: Role[],
  dependsOn: string[],
  durationDays: number,
  source: TaskTemplate['source'],
  integrationPoint?: IntegrationPoint,
): TaskTemplate => ({
  id,
  transition,
  checklistItems,
  owner,
  participants,
  dependsOn,
  durationDays,
  source,
  ...(integrationPoint ? { integrationPoint } : {}),
  acceptanceCount: 2,
});

export const TASK_CATALOG: readonly TaskTemplate[] = [
  task('ma-tool-setup', '0->1', [1], 'marketing', ['admin'], [], 14, 'checklist-item'),
  task('email-list-management', '0->1', [2], 'marketing', [], [], 7, 'checklist-item'),
  // 1->2: scoring rules, behaviour tracking, segment email
  task('scoring-rules', '1->2', [5], 'marketing', ['insideSales', 'sales'], ['ma-tool-setup'], 14, 'transition-action'),
  task('behaviour-tracking', '1->2', [4], 'marketing', ['admin'], ['ma-tool-setup'], 14, 'transition-action'),
  task('segment-email', '1->2', [3], 'marketing', [], ['email-list-management'], 14, 'transition-action'),
  // 2->3: scenario workflows, CRM/SFA integration, score-based handoff rules
  task('scenario-workflows', '2->3', [7], 'marketing', [], ['segment-email', 'behaviour-tracking'], 21, 'transition-action'),
  task('crm-sfa-integration', '2->3', [8], 'admin', ['marketing', 'sales'], ['field-definitions'], 21, 'transition-action'),
  task('score-based-handoff', '2->3', [6], 'insideSales', ['marketing', 'sales'], ['scoring-rules', 'mql-sql-definitions'], 14, 'transition-action'),
  // integration points that belong to the MA/SFA link
  task('ma-sfa-lead-sync', '2->3', [8], 'admin', ['marketing', 'insideSales'], ['crm-sfa-integration', 'update-timing-rules'], 14, 'integration-point', 'ma-to-sfa-sync'),
  task('mql-sql-definitions', '2->3', [6], 'marketing', ['insideSales', 'sales'], ['scoring-rules'], 14, 'integration-point', 'mql-sql-agreement'),
  task('handoff-timing-method', '2->3', [6], 'insideSales', ['marketing', 'sales'], ['score-based-handoff'], 7, 'integration-point', 'handoff-timing'),
  task('field-definitions', '2->3', [8], 'admin', ['marketing', 'insideSales', 'sales'], ['ma-tool-setup'], 7, 'integration-point', 'field-definitions'),
  task('update-timing-rules', '2->3', [8], 'admin', ['marketing', 'insideSales', 'sales'], ['field-definitions'], 7, 'integration-point', 'update-timing'),
  // 3->4: data sharing between marketing, IS and sales; unified KPIs; regular pipeline reviews
  task('data-sharing', '3->4', [9], 'marketing', ['insideSales', 'sales'], ['ma-sfa-lead-sync'], 21, 'transition-action', 'operating-rules'),
  task('unified-kpis', '3->4', [10], 'marketing', ['insideSales', 'sales'], ['mql-sql-definitions', 'data-sharing'], 14, 'transition-action'),
  task('pipeline-reviews', '3->4', [10], 'sales', ['marketing', 'insideSales'], ['unified-kpis'], 14, 'transition-action'),
  task('deal-outcome-feedback', '3->4', [10], 'sales', ['marketing', 'admin'], ['ma-sfa-lead-sync'], 14, 'integration-point', 'deal-feedback'),
  task('real-time-response', '3->4', [11], 'insideSales', ['marketing', 'admin'], ['behaviour-tracking', 'ma-sfa-lead-sync'], 14, 'checklist-item'),
  // 4->5: AI use, stronger personalisation; then continuous improvement
  task('predictive-scoring', '4->5', [12], 'marketing', ['insideSales', 'admin'], ['scoring-rules', 'deal-outcome-feedback'], 30, 'transition-action'),
  task('personalised-content', '4->5', [13], 'marketing', [], ['behaviour-tracking', 'scenario-workflows'], 30, 'transition-action'),
  task('pdca-cycle', '4->5', [14], 'marketing', ['insideSales', 'sales'], ['pipeline-reviews'], 14, 'transition-action'),
  task('improvement-plan', '4->5', [15], 'marketing', ['insideSales', 'sales', 'admin'], ['pdca-cycle'], 7, 'transition-action'),
];

export function taskTitleKey(id: string): MessageKey {
  return `task.${id}.title` as MessageKey;
}

export function taskAcceptanceKeys(template: TaskTemplate): MessageKey[] {
  return Array.from({ length: template.acceptanceCount }, (_, i) => `task.${template.id}.acceptance.${i + 1}` as MessageKey);
}

/** The level a transition reaches, e.g. '2->3' -> 3. */
export function transitionTarget(transition: Transition): number {
  return TRANSITIONS.indexOf(transition) + 1;
}
