// The `context` an app function's `main(context)` receives, built in this one
// place. Its shape is the one HubSpot's own local runtime for platform
// 2026.03 builds (@hubspot/ui-extensions-dev-server 2.1.2,
// dist/lib/serverless/context.js `buildContext` and executor.js):
//   { propertiesToSend, parameters, event, secrets }
// where `propertiesToSend` holds the record properties the card named (read
// from the CRM), `parameters` is what the card passed, `event` is undefined
// for a `hubspot.serverless` call, and `secrets.PRIVATE_APP_ACCESS_TOKEN` is
// the token the call runs with.
//
// Who is calling: that runtime puts no user field in the context; the user is
// carried only by the token it hands the function: a "private app user token"
// minted for the signed-in user (serverless/services/PrivateAppUserTokenManager.js,
// put into `secrets` by secrets.js `setProperTokenInSecrets`). So here too the
// signed-in preview user reaches the function only as their user-level token,
// in `secrets.PRIVATE_APP_ACCESS_TOKEN`, which is where the functions read
// their token first (fn-runtime.cjs `tokenOf`). That runtime also swaps
// process.env's token for the call; the preview runs calls side by side in
// one process, so process.env keeps the app's own token.

/**
 * @param {{ parameters?: unknown, propertiesToSend?: Record<string, string | null> }} call
 * @param {{ token: string }} runtime  `token`: the signed-in user's user-level token (the app's own without one)
 */
export function functionContext(call, runtime) {
    return {
        propertiesToSend: call.propertiesToSend || {},
        parameters: call.parameters === undefined ? null : call.parameters,
        event: undefined,
        secrets: { PRIVATE_APP_ACCESS_TOKEN: runtime.token },
    };
}

/**
 * The context of an endpoint function (hsmeta `config.endpoint`) called over
 * HTTP, as the app's endpoint reads it (ma-lifecycle-endpoint.js `requestOf`):
 * the request's `method`, `headers` (as sent), `body` (the JSON parsed: what
 * is signed is its text, which the function writes out again), the query as
 * `params`, and the `secrets` its hsmeta declares (`secretKeys`). No user
 * token: HubSpot calls an endpoint, no signed-in user does, and the function
 * runs with the app's own token.
 *
 * @param {{ method: string, headers: Record<string, string | string[] | undefined>, body: unknown, params: Record<string, string> }} request
 * @param {{ secrets: Record<string, string> }} runtime
 */
export function endpointContext(request, runtime) {
    return {
        method: request.method,
        headers: request.headers,
        body: request.body,
        params: request.params,
        secrets: runtime.secrets,
    };
}
