// Where the score's inputs come from in HubSpot, configurable per program
// (ProgramDoc.fieldMapping: score input field -> property). A value names a
// contact property, `company.<property>` a property of the contact's primary
// company, and a key `event.<type>` a contact date property that counts as one
// event of that type at that date (HubSpot keeps the latest such date on the
// contact). Meetings come from the CRM search as `meeting` events.
export const DEFAULT_FIELD_MAPPING: Readonly<Record<string, string>> = {
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

export const COMPANY_PREFIX = 'company.';
export const EVENT_PREFIX = 'event.';

export interface MappingPlan {
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
export function planMapping(mapping: Record<string, string>): MappingPlan {
  const merged = { ...DEFAULT_FIELD_MAPPING, ...mapping };
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

/** HubSpot answers every property as a string: numbers and booleans are read back as such so rules can compare them. */
export function fieldValue(raw: string | null | undefined): string | number | boolean | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** A HubSpot date property as an ISO instant: ISO strings pass, epoch milliseconds are converted. */
export function instantValue(raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (/^\d{10,}$/.test(text)) return new Date(Number(text)).toISOString();
  return Number.isNaN(Date.parse(text)) ? undefined : text;
}

export interface LeadEvent {
  type: string;
  at: string;
  props: Record<string, unknown>;
}

export interface ScoreLeadInput {
  id: string;
  fields: Record<string, unknown>;
  events: LeadEvent[];
}

export function buildLead(
  id: string,
  plan: MappingPlan,
  contact: Record<string, string | null>,
  company: Record<string, string | null>,
  meetings: { at: string | undefined; outcome: string | null | undefined }[],
): ScoreLeadInput {
  const fields: Record<string, unknown> = {};
  for (const [field, property] of plan.contactFields) {
    const value = fieldValue(contact[property]);
    if (value !== undefined) fields[field] = value;
  }
  for (const [field, property] of plan.companyFields) {
    const value = fieldValue(company[property]);
    if (value !== undefined) fields[field] = value;
  }
  const events: LeadEvent[] = [];
  for (const [type, property] of plan.eventDates) {
    const at = instantValue(contact[property]);
    if (at) events.push({ type, at, props: { source: property } });
  }
  for (const meeting of meetings) {
    if (meeting.at) events.push({ type: 'meeting', at: meeting.at, props: { outcome: meeting.outcome ?? '' } });
  }
  return { id, fields, events };
}
