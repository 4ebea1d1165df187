// Where signatures live: one company property per department
// (`ma_signoff_marketing`, `ma_signoff_inside_sales`, `ma_signoff_sales`),
// each value one signature as JSON. Signers of different departments write
// different properties, so they never overwrite each other; two signers of
// the same department both land in the property's history, which HubSpot
// keeps. Every value in the history counts, stamped with the instant HubSpot
// stored it, so the core's "earliest signature of a department wins" follows
// the order the writes reached the CRM and every signer sees the same winner.
// The set's state and the set in force are derived from them by the core;
// nothing about agreement is written by a signer.
const core = require('./maCore.cjs');

const SIGNOFF_PROPERTY = Object.freeze({
  marketing: 'ma_signoff_marketing',
  insideSales: 'ma_signoff_inside_sales',
  sales: 'ma_signoff_sales',
});
const SIGNOFF_PROPERTIES = Object.values(SIGNOFF_PROPERTY);

function parseSignature(text) {
  try {
    const parsed = core.SignatureSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Every signature stored on the company, oldest first. A value that is not a
 * signature of its property's department (edited by hand in HubSpot) is no
 * signature and is left out.
 * @param {{ propertiesWithHistory?: Record<string, { value: string, timestamp: Date | string }[]> }} company
 */
function storedSignatures(company) {
  const history = company.propertiesWithHistory || {};
  const signatures = [];
  for (const [role, property] of Object.entries(SIGNOFF_PROPERTY)) {
    // HubSpot lists a property's history newest first.
    for (const entry of [...(history[property] || [])].reverse()) {
      const signature = parseSignature(entry.value);
      if (signature && signature.role === role) signatures.push({ ...signature, at: new Date(entry.timestamp).toISOString() });
    }
  }
  return signatures;
}

/**
 * The definitions as the stored signatures make them: `current` with its
 * state and signatures derived (core `withStoredSignatures`), and the set in
 * force (core `definitionsInForce`: the highest agreed version).
 * @param {{ current: unknown, inForce: unknown }} stored  `ma_definition_sets` as stored
 * @param {unknown[]} signatures
 * @returns {import('@ma-maturity/shared-core').Result<{ current: any, inForce: any }>}
 */
function derivedDefinitions(stored, signatures) {
  if (!stored.current) return { ok: true, value: { current: null, inForce: stored.inForce } };
  const current = core.withStoredSignatures(stored.current, signatures);
  const versions = [{ key: 'current', set: stored.current, signatures }];
  if (stored.inForce) versions.push({ key: 'inForce', set: stored.inForce, signatures: [] });
  const inForce = core.definitionsInForce(versions);
  if (!current.ok) return current;
  if (!inForce.ok) return inForce;
  const sets = { current: current.value, inForce: stored.inForce };
  return { ok: true, value: { current: current.value, inForce: inForce.value.inForce ? sets[inForce.value.inForce] : null } };
}

/** The value a signature is stored as, in its department's property. */
const signatureProperty = (signature) => ({ [SIGNOFF_PROPERTY[signature.role]]: JSON.stringify(signature) });

module.exports = { SIGNOFF_PROPERTY, SIGNOFF_PROPERTIES, derivedDefinitions, signatureProperty, storedSignatures };
