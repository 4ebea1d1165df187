// Is a request HubSpot's? An endpoint function is public (HubSpot's 2026.03
// serverless reference: "a publicly accessible endpoint (without
// authentication)"), so every delivery must carry HubSpot's signature made
// with the app's client secret (developers.hubspot.com, "Validating requests
// from HubSpot"): v3, an HMAC-SHA256 in base64 over method + URI + body +
// timestamp, refused when the timestamp is older than five minutes; or v2
// (what custom workflow actions send), the SHA-256 in hex of secret + method
// + URI + body. A request without a valid signature is refused, whatever it says.
const { createHash, createHmac, timingSafeEqual } = require('node:crypto');

const MAX_AGE_MS = 5 * 60 * 1000;

const same = (a, b) => {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * @param {{ method: string, uri: string, body: string, headers: Record<string, string> }} request  headers in lower case
 * @param {string} secret  the app's client secret
 * @param {number} nowMs
 * @returns {{ ok: true, version: 'v3' | 'v2' } | { ok: false, why: string }}
 */
function verifySignature(request, secret, nowMs) {
  const { method, uri, body, headers } = request;
  const v3 = headers['x-hubspot-signature-v3'];
  if (v3) {
    const timestamp = headers['x-hubspot-request-timestamp'];
    const at = Number(timestamp);
    if (!Number.isFinite(at)) return { ok: false, why: 'no request timestamp' };
    if (Math.abs(nowMs - at) > MAX_AGE_MS) return { ok: false, why: 'the request timestamp is older than five minutes' };
    const expected = createHmac('sha256', secret).update(`${method}${uri}${body}${timestamp}`, 'utf8').digest('base64');
    return same(expected, v3) ? { ok: true, version: 'v3' } : { ok: false, why: 'the v3 signature does not match' };
  }
  const v2 = headers['x-hubspot-signature'];
  if (v2 && headers['x-hubspot-signature-version'] === 'v2') {
    const expected = createHash('sha256').update(`${secret}${method}${uri}${body}`, 'utf8').digest('hex');
    return same(expected, v2) ? { ok: true, version: 'v2' } : { ok: false, why: 'the v2 signature does not match' };
  }
  return { ok: false, why: 'no HubSpot signature' };
}

module.exports = { verifySignature };
