// Contacts and their handoff facts: what a contact write reads and answers,
// and the last-modified check every contact or task write makes. The ma_*
// properties as the core's facts are the shared adapter's (hubspotContactFacts).
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

/** What a write answers: the contact's ma_* properties after it and the new modification time. */
function contactAnswer(contact) {
  const properties = {};
  for (const name of HANDOFF_PROPERTY_NAMES) properties[name] = contact.properties[name] ?? null;
  return { contactId: String(contact.id), properties, lastModified: lastModifiedOf(contact) };
}

module.exports = { CONTACT_READ, IsoInstant, assertUnchanged, contactAnswer };
