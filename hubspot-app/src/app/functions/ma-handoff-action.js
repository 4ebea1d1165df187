// ma-handoff-action: inside sales accepts an MQL (SAL), rejects it with a
// reason, or recycles it to nurture. Written only when the contact has not
// changed since the card read it, and only once per MQL.
const core = require('./maCore.cjs');
const { z } = core;
const { FnError, defineFunction } = require('./fn-runtime.cjs');
const { IdSchema } = require('./fn-program.cjs');
const { CONTACT_READ, IsoInstant, assertUnchanged, contactAnswer } = require('./fn-contacts.cjs');

const Params = z
  .object({
    contactId: IdSchema,
    action: z.enum(['accept', 'reject', 'recycle']),
    reason: z.string().optional(),
    by: z.string().trim().min(1).max(120),
    expectedLastModified: IsoInstant,
    lang: z.enum(['ja', 'en']).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.action === 'reject' && !core.REJECT_REASON_IDS.includes(p.reason ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `a rejection needs a reason, one of ${core.REJECT_REASON_IDS.join(', ')}` });
    }
    if (p.action !== 'reject' && p.reason !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'only a rejection takes a reason' });
    }
  });

const after = (a, b) => Boolean(a) && Date.parse(a) >= Date.parse(b);

exports.main = defineFunction(Params, async (params, crm) => {
  const contact = await crm.crm.contacts.basicApi.getById(params.contactId, CONTACT_READ);
  const p = contact.properties;
  if (!p.ma_mql_at) {
    throw new FnError('invalid-input', { ja: 'このコンタクトは MQL ではありません', en: 'this contact is not an MQL' }, 'contactId');
  }
  assertUnchanged(contact, params.expectedLastModified);
  // Decisions made after the latest MQL date belong to this MQL; earlier ones
  // to a past cycle. Accept and reject happen once; a rejected or accepted
  // lead may still go back to nurture until it is recycled or an SQL.
  const blocking = params.action === 'recycle' ? ['ma_recycled_at', 'ma_sql_at'] : ['ma_sal_at', 'ma_sal_rejected_at', 'ma_recycled_at', 'ma_sql_at'];
  const decided = blocking.find((name) => after(p[name], p.ma_mql_at));
  if (decided) {
    throw new FnError(
      'invalid-input',
      { ja: `この MQL は既に処理済みです (${decided})`, en: `this MQL has already been handled (${decided})` },
      'action',
    );
  }
  const now = new Date().toISOString();
  /** @type {Record<string, string>} */
  const properties = {};
  if (params.action === 'accept') properties.ma_sal_at = now;
  if (params.action === 'reject') Object.assign(properties, { ma_sal_rejected_at: now, ma_reject_reason: params.reason });
  if (params.action === 'recycle') properties.ma_recycled_at = now;
  // Accepting or rejecting is a touch: the SLA clock stops at the first one.
  // An earlier touch is kept (the core counts a touch before the MQL as no wait).
  if (params.action !== 'recycle' && !p.ma_first_touch_at) properties.ma_first_touch_at = now;
  const updated = await crm.crm.contacts.basicApi.update(params.contactId, { properties });
  return contactAnswer({ ...contact, properties: { ...p, ...updated.properties } });
});
