// A HubSpot contact as the core's lead: where the score's inputs come from
// (the program's field mapping over the defaults), the handoff facts the
// contact's ma_* properties hold, and the engine's changes written back as
// property values. One implementation for the cards and the functions:
// scripts/bundle-core.mjs bundles this folder with the core into both
// maCore files (HubSpot packages cards/ and functions/ on their own, so
// neither may import from outside its folder).
//
// Mapping (ProgramDoc.fieldMapping: score input field -> property): a value
// names a contact property, `company.<property>` a property of the contact's
// primary company, and a key `event.<type>` a contact date property that
// counts as one event of that type at that date (HubSpot keeps the latest such
// date on the contact). Meetings associated with the contact are `meeting`
// events. A key set to '' switches a default off.
import type { FactChanges, HandoffActionChanges, StoredFactsInput } from '@ma-maturity/shared-core';

export const HUBSPOT_DEFAULT_FIELD_MAPPING: Readonly<Record<string, string>> = {
  employees: 'company.numberofemployees',
  industry: 'company.industry',
  annualRevenue: 'company.annualrevenue',
  title: 'jobtitle',
  country: 'country',
  lifecycleStage: 'lifecyclestage',
  'event.page_view': 'hs_analytics_last_visit_timestamp',
  'event.email_open': 'hs_email_last_open_date',
  'event.email_click': 'hs_email_last_click_date',
  'event.form_submit': 'recent_conversion_date',
};

const COMPANY_PREFIX = 'company.';
const EVENT_PREFIX = 'event.';

export interface HubspotMappingPlan {
  /** score field -> contact property */
  contactFields: [string, string][];
  /** score field -> company property */
  companyFields: [string, string][];
  /** event type -> contact date property */
  eventDates: [string, string][];
  contactProperties: string[];
  companyProperties: string[];
}

/** The program's mapping over the defaults (a key set to '' switches a default off). */
export function planHubspotMapping(mapping: Record<string, string>): HubspotMappingPlan {
  const merged = { ...HUBSPOT_DEFAULT_FIELD_MAPPING, ...mapping };
  const contactFields: [string, string][] = [];
  const companyFields: [string, string][] = [];
  const eventDates: [string, string][] = [];
  for (const [key, property] of Object.entries(merged)) {
    if (!property) continue;
    if (key.startsWith(EVENT_PREFIX)) eventDates.push([key.slice(EVENT_PREFIX.length), property]);
    else if (property.startsWith(COMPANY_PREFIX)) companyFields.push([key, property.slice(COMPANY_PREFIX.length)]);
    else contactFields.push([key, property]);
  }
  const unique = (list: string[]) => [...new Set(list)].sort();
  return {
    contactFields,
    companyFields,
    eventDates,
    contactProperties: unique([...contactFields.map(([, p]) => p), ...eventDates.map(([, p]) => p)]),
    companyProperties: unique(companyFields.map(([, p]) => p)),
  };
}

type Properties = Record<string, string | null | undefined>;

/** HubSpot answers every property as a string: numbers and booleans are read back as such so rules can compare them. */
export function hubspotFieldValue(raw: string | null | undefined): string | number | boolean | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** A HubSpot date property as an ISO instant: ISO strings pass, epoch milliseconds are converted. */
export function hubspotInstant(raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (/^\d{10,}$/.test(text)) return new Date(Number(text)).toISOString();
  return Number.isNaN(Date.parse(text)) ? undefined : text;
}

export interface HubspotLeadEvent {
  type: string;
  at: string;
  props: Record<string, unknown>;
}

/** The lead `score` and `evaluate` read: fields and dated events. */
export interface HubspotScoreLead {
  id: string;
  fields: Record<string, unknown>;
  events: HubspotLeadEvent[];
}

export interface HubspotMeeting {
  at: string | undefined;
  outcome: string | null | undefined;
}

/** The contact, its primary company and its meetings as the lead the core scores. */
export function hubspotLead(id: string, plan: HubspotMappingPlan, contact: Properties, company: Properties, meetings: HubspotMeeting[]): HubspotScoreLead {
  const fields: Record<string, unknown> = {};
  for (const [field, property] of plan.contactFields) {
    const value = hubspotFieldValue(contact[property]);
    if (value !== undefined) fields[field] = value;
  }
  for (const [field, property] of plan.companyFields) {
    const value = hubspotFieldValue(company[property]);
    if (value !== undefined) fields[field] = value;
  }
  const events: HubspotLeadEvent[] = [];
  for (const [type, property] of plan.eventDates) {
    const at = hubspotInstant(contact[property]);
    if (at) events.push({ type, at, props: { source: property } });
  }
  for (const meeting of meetings) {
    if (meeting.at) events.push({ type: 'meeting', at: meeting.at, props: { outcome: meeting.outcome ?? '' } });
  }
  return { id, fields, events };
}

/** The handoff dates a contact carries: fact -> contact property (FUNCTIONS.md). */
export const HUBSPOT_DATED_FACT_PROPERTIES = {
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

export type HubspotDatedFact = keyof typeof HUBSPOT_DATED_FACT_PROPERTIES;

/** Every engine fact a contact stores, with its property: the dates, the reason, the stamp, the stored score and escalation. */
export const HUBSPOT_FACT_PROPERTIES = {
  ...HUBSPOT_DATED_FACT_PROPERTIES,
  rejectReason: 'ma_reject_reason',
  definitionVersion: 'ma_definition_version',
  score: 'ma_score',
  grade: 'ma_grade',
  escalationStep: 'ma_escalation_step',
} as const;

/** The contact's handoff facts as stageOf, handoffStatus and funnelKpis read them (empty properties left out). */
export interface HubspotContactFacts {
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

const text = (raw: string | null | undefined): string | undefined => (raw && raw.trim() !== '' ? raw.trim() : undefined);

function wholeNumber(raw: string | null | undefined, min: number): number | undefined {
  const value = text(raw) === undefined ? NaN : Number(raw);
  return Number.isInteger(value) && value >= min ? value : undefined;
}

export function hubspotContactFacts(id: string, properties: Properties): HubspotContactFacts {
  const facts: HubspotContactFacts = { id };
  for (const [key, property] of Object.entries(HUBSPOT_DATED_FACT_PROPERTIES) as [HubspotDatedFact, string][]) {
    const at = hubspotInstant(properties[property]);
    if (at) facts[key] = at;
  }
  const reason = text(properties.ma_reject_reason);
  if (reason) facts.rejectReason = reason;
  const source = text(properties.hs_analytics_source);
  if (source) facts.source = source;
  const version = wholeNumber(properties.ma_definition_version, 1);
  if (version !== undefined) facts.definitionVersion = version;
  return facts;
}

const GRADES = ['A', 'B', 'C', 'D'] as const;

/** What the engine reads as the contact's stored facts: the handoff facts plus the stored score, grade and escalation step. */
export function hubspotStoredFacts(properties: Properties): StoredFactsInput {
  const { id: _id, ...facts } = hubspotContactFacts('', properties);
  const stored: StoredFactsInput = { ...facts };
  const score = hubspotFieldValue(properties.ma_score);
  if (typeof score === 'number') stored.score = score;
  const grade = text(properties.ma_grade);
  if (grade && (GRADES as readonly string[]).includes(grade)) stored.grade = grade as (typeof GRADES)[number];
  const step = wholeNumber(properties.ma_escalation_step, 0);
  if (step !== undefined) stored.escalationStep = step;
  return stored;
}

export type HubspotFact = keyof typeof HUBSPOT_FACT_PROPERTIES;

/**
 * Facts to store (the engine's changes, a rep's step) as contact property
 * values, as HubSpot stores them: every value a string.
 */
export function hubspotFactWrites(changes: FactChanges | HandoffActionChanges): Record<string, string> {
  const writes: Record<string, string> = {};
  for (const [fact, value] of Object.entries(changes) as [HubspotFact, string | number | undefined][]) {
    if (value === undefined) continue;
    writes[HUBSPOT_FACT_PROPERTIES[fact]] = String(value);
  }
  return writes;
}

/** Every contact property the facts are read from. */
export const HUBSPOT_FACT_PROPERTY_NAMES: readonly string[] = [...Object.values(HUBSPOT_FACT_PROPERTIES), 'hs_analytics_source'];
