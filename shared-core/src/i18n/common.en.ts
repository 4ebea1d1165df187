import type { commonJa } from './common.ja';

export const commonEn: Record<keyof typeof commonJa, string> = {
  'role.marketing': 'Marketing',
  'role.insideSales': 'Inside sales',
  'role.sales': 'Sales',
  'role.admin': 'Admin',
  'error.invalidInput': 'The input is not valid',
  'time.minutes': '{m} min',
  'time.hoursMinutes': '{h} h {m} min',
  'time.daysHours': '{d} d {h} h',
  'value.none': '—',
  'figure.level': 'Level',
  'figure.effectiveLevel': 'Effective level',
  'figure.checkedCount': 'Checks',
  'figure.score': 'Score',
  'figure.fit': 'Fit',
  'figure.engagement': 'Engagement',
  'figure.grade': 'Grade',
  'figure.stage': 'Stage',
  'figure.mqlAt': 'MQL date',
};
