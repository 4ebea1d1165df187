// ma-handoff-action: inside sales accepts an MQL (SAL), rejects it with one
// of the agreed set's reasons, or recycles it to nurture. What is allowed and
// what each step writes (accepting or rejecting is also the first touch when
// the cycle has none) is the core's `takeHandoffAction` under the program's
// agreed set; the function stores exactly that, when the contact has not
// changed since the card read it.
const core = require('./maCore.cjs');
const { z } = core;
const { FnError, defineFunction, invalidFromIssues } = require('./fn-runtime.cjs');
const { IdSchema, findDefaultProgram, readCompany, toProgramView } = require('./fn-program.cjs');
const { CONTACT_READ, IsoInstant, assertUnchanged, contactAnswer } = require('./fn-contacts.cjs');

const Params = z.object({
  contactId: IdSchema,
  action: z.enum(core.HANDOFF_ACTIONS),
  reason: z.string().optional(),
  /** Sent by older cards; who acts is not taken from the card. */
  by: z.string().max(120).optional(),
  expectedLastModified: IsoInstant,
  lang: z.enum(['ja', 'en']).optional(),
});

/** The set the contact's stage is judged by: its program's agreed set. */
async function agreedSetOf(crm, contact) {
  const programId = contact.properties.ma_program_id?.trim();
  const view = toProgramView(programId ? await readCompany(crm, programId) : await findDefaultProgram(crm));
  if (!view.definitions.inForce) {
    throw new FnError(
      'not-found',
      { ja: '合意済みの MQL/SAL/SQL 定義がまだありません', en: 'there are no agreed MQL/SAL/SQL definitions yet' },
      'contactId',
    );
  }
  return view.definitions.inForce;
}

exports.main = defineFunction(Params, async (params, crm, lang) => {
  const contact = await crm.crm.contacts.basicApi.getById(params.contactId, CONTACT_READ);
  assertUnchanged(contact, params.expectedLastModified);
  const set = await agreedSetOf(crm, contact);
  const step = { action: params.action, at: new Date().toISOString(), ...(params.reason !== undefined ? { reason: params.reason } : {}) };
  const taken = core.takeHandoffAction(core.hubspotStoredFacts(contact.properties), set, step, { lang });
  if (!taken.ok) throw invalidFromIssues(taken.issues, '');
  const updated = await crm.crm.contacts.basicApi.update(params.contactId, { properties: core.hubspotFactWrites(taken.value) });
  return contactAnswer({ ...contact, properties: { ...contact.properties, ...updated.properties } });
});
