import type { commonJa } from './common.ja';

export const commonEn: Record<keyof typeof commonJa, string> = {
  'role.marketing': 'Marketing',
  'role.insideSales': 'Inside sales',
  'role.sales': 'Sales',
  'role.admin': 'Admin',
  'error.invalidInput': 'The input is not valid',
};
