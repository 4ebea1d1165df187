// Contacts and their handoff facts: the ma_* properties as the core's lead
// facts, and the last-modified check every contact or task write makes.
const { z } = require('./maCore.cjs');
const { FnError } = require('./fn-runtime.cjs');
const { HANDOFF_PROPERTY_NAMES } = require('./fn-properties.cjs');
const { lastModifiedOf } = require('./fn-tasks.cjs');

const CONTACT_READ = [...HANDOFF_PROPERTY_NAMES, 'hs_analytics_source', 'hs_lastmodifieddate'];

const IsoInstant = z
  .string()
  .refine((text) => /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text)), 'expected an ISO date-time such as 2026-11-01T09:00:00.000Z');

/** Answers `stale` when the record's hs_lastmodifieddate is not the one the card read. */
function assertUnchanged(object, expectedLastModified) {
  const current = lastModifiedOf(object);
  if (Date.parse(current) !== Date.parse(expectedLastModified)) {
    throw new FnError(
      'stale',
      {
        ja: `読み込んだ時点 (${expectedLastModified}) の後、${current} に更新されています`,
        en: `it was read at ${expectedLastModified} and changed at ${current}`,
      },
      'expectedLastModified',
    );
  }
}

const FACT_OF_PROPERTY = {
  ma_mql_at: 'mqlAt',
  ma_assigned_at: 'assignedAt',
  ma_first_touch_at: 'firstTouchAt',
  ma_sal_at: 'salAt',
  ma_sal_rejected_at: 'salRejectedAt',
  ma_recycled_at: 'recycledAt',
  ma_sql_at: 'sqlAt',
  ma_opportunity_at: 'opportunityAt',
  ma_won_at: 'wonAt',
  ma_lost_at: 'lostAt',
};

/** A contact's properties as the core's LeadFacts input (empty properties left out). */
function leadFactsOf(contact) {
  const p = contact.properties || {};
  const facts = { id: String(contact.id) };
  for (const [property, fact] of Object.entries(FACT_OF_PROPERTY)) {
    if (p[property]) facts[fact] = p[property];
  }
  if (p.ma_reject_reason) facts.rejectReason = p.ma_reject_reason;
  if (p.hs_analytics_source) facts.source = p.hs_analytics_source;
  const version = Number(p.ma_definition_version);
  if (p.ma_definition_version && Number.isInteger(version) && version >= 1) facts.definitionVersion = version;
  return facts;
}

/** What a write answers: the contact's ma_* properties after it and the new modification time. */
function contactAnswer(contact) {
  const properties = {};
  for (const name of HANDOFF_PROPERTY_NAMES) properties[name] = contact.properties[name] ?? null;
  return { contactId: String(contact.id), properties, lastModified: lastModifiedOf(contact) };
}

module.exports = { CONTACT_READ, FACT_OF_PROPERTY, IsoInstant, assertUnchanged, contactAnswer, leadFactsOf };
