// Who is calling, as HubSpot vouches for it. A card's `hubspot.serverless`
// request carries no user and the function's `context` has none
// (FUNCTIONS.md, "Who is calling"); what the platform does hand a function is
// the token it runs with. HubSpot's token metadata (`GET
// /oauth/v1/access-tokens/{token}`) says whose token it is: only a user-level
// token names the signed-in user. An app-level token names nobody, so the
// caller is refused rather than guessed, and nothing the card sends (a name,
// an e-mail, a role) is ever taken for who signs.
const { z } = require('./maCore.cjs');
const { FnError } = require('./fn-error.cjs');

/** @typedef {{ userId: string, email: string | null }} Caller */

const TokenInfoSchema = z.object({
  user_id: z.number().int(),
  user: z.string().optional(),
  hub_id: z.number().int(),
  signed_access_token: z
    .object({ userId: z.number().int().optional(), isUserLevel: z.boolean().optional() })
    .optional(),
});

const unidentified = (why) =>
  new FnError('forbidden', {
    ja: `HubSpot がこの操作をしている利用者を示しませんでした (${why})。承認・管理者の変更は行いません。`,
    en: `HubSpot did not say which user is doing this (${why}); nothing is signed or changed.`,
  });

/**
 * @param {import('@hubspot/api-client').Client} crm
 * @param {string | undefined} token
 * @returns {Promise<Caller>}
 */
async function identify(crm, token) {
  if (!token) throw unidentified('no token');
  const response = await crm.apiRequest({ method: 'GET', path: `/oauth/v1/access-tokens/${encodeURIComponent(token)}` });
  if (!response.ok) throw unidentified(`token metadata ${response.status}`);
  const info = TokenInfoSchema.safeParse(await response.json());
  if (!info.success) throw unidentified('token metadata without a user');
  const signed = info.data.signed_access_token;
  // The app's own token carries the installing user's id: that user is not the caller.
  if (!signed || signed.isUserLevel !== true || signed.userId !== info.data.user_id) throw unidentified('not a user-level token');
  return { userId: String(info.data.user_id), email: info.data.user ?? null };
}

/** How a caller is written into a signature or a log entry: the e-mail HubSpot gave, else the user id. */
const nameOf = (caller) => caller.email ?? `HubSpot user ${caller.userId}`;

module.exports = { identify, nameOf };
