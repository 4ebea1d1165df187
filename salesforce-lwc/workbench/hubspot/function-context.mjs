// The `context` an app function's `main(context)` receives, built in this one
// place. Its shape is the one HubSpot's own local runtime for platform
// 2026.03 builds (@hubspot/ui-extensions-dev-server 2.1.2,
// dist/lib/serverless/context.js `buildContext` and executor.js):
//   { propertiesToSend, parameters, event, secrets }
// where `propertiesToSend` holds the record properties the card named (read
// from the CRM), `parameters` is what the card passed, `event` is undefined
// for a `hubspot.serverless` call, and `secrets.PRIVATE_APP_ACCESS_TOKEN` is
// the app's token (also in process.env, where the functions read it).
//
// About the calling user: that runtime puts no user field in the context; the
// user is carried only by the token it mints (a "private app user token",
// serverless/services/PrivateAppUserTokenManager.js). `runtime.caller` (the
// preview's HubSpot user, as the card's extension context has it) reaches
// this function so that, once the functions read the signed-in user from the
// context, the field is added here and nowhere else.

/**
 * @param {{ parameters?: unknown, propertiesToSend?: Record<string, string | null> }} call
 * @param {{ token: string, caller: { id: number, email: string, firstName: string, lastName: string } | null }} runtime
 */
export function functionContext(call, runtime) {
    return {
        propertiesToSend: call.propertiesToSend || {},
        parameters: call.parameters === undefined ? null : call.parameters,
        event: undefined,
        secrets: { PRIVATE_APP_ACCESS_TOKEN: runtime.token },
    };
}
