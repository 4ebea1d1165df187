// The handoff facts HubSpot keeps on a contact (FUNCTIONS.md, contact
// properties), read into the core's lead facts.
import { instantValue } from './leadMapping';

export const FACT_PROPERTIES = {
  mqlAt: 'ma_mql_at',
  assignedAt: 'ma_assigned_at',
  firstTouchAt: 'ma_first_touch_at',
  salAt: 'ma_sal_at',
  salRejectedAt: 'ma_sal_rejected_at',
  recycledAt: 'ma_recycled_at',
  sqlAt: 'ma_sql_at',
  opportunityAt: 'ma_opportunity_at',
  wonAt: 'ma_won_at',
  lostAt: 'ma_lost_at',
} as const;

export type DatedFactKey = keyof typeof FACT_PROPERTIES;

/** Everything the card reads from the contact besides the mapped score inputs. */
export const CONTACT_BASE_PROPERTIES = [
  ...Object.values(FACT_PROPERTIES),
  'ma_reject_reason',
  'ma_definition_version',
  'ma_program_id',
  'ma_score',
  'ma_grade',
  'hs_analytics_source',
  'hs_lastmodifieddate',
];

export interface ContactFacts {
  id: string;
  mqlAt?: string;
  assignedAt?: string;
  firstTouchAt?: string;
  salAt?: string;
  salRejectedAt?: string;
  recycledAt?: string;
  sqlAt?: string;
  opportunityAt?: string;
  wonAt?: string;
  lostAt?: string;
  rejectReason?: string;
  source?: string;
  definitionVersion?: number;
}

export function factsFromProperties(id: string, properties: Record<string, string | null>): ContactFacts {
  const facts: ContactFacts = { id };
  for (const [key, property] of Object.entries(FACT_PROPERTIES) as [DatedFactKey, string][]) {
    const at = instantValue(properties[property]);
    if (at) facts[key] = at;
  }
  const reason = properties.ma_reject_reason?.trim();
  if (reason) facts.rejectReason = reason;
  const source = properties.hs_analytics_source?.trim();
  if (source) facts.source = source;
  const version = Number(properties.ma_definition_version);
  if (properties.ma_definition_version && Number.isInteger(version) && version >= 1) facts.definitionVersion = version;
  return facts;
}
