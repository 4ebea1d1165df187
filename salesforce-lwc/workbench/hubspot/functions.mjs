// App functions run for real: the entry file an `app-function` hsmeta names
// is `require`d and its `main(context)` called, as HubSpot's 2026.03 runtime
// does (its local runtime, @hubspot/ui-extensions-dev-server 2.1.2
// serverless/executor.js: `main(context)`, an answer that must be JSON, 15 s
// to answer, failures answered as a 400 with the reason). The functions reach
// the local CRM through MA_CRM_BASE_PATH (process.env, where they read it).
// Each call runs with the signed-in user's user-level token, in the one place
// the runtime hands a function its token (function-context.mjs); a call with
// no signed-in user runs with the app's own token, which names no one, so
// whatever needs a user is refused as HubSpot's functions refuse it. Only a
// uid the project declares runs: the name selects an entry of the project's
// own list, never a path. An endpoint function (hsmeta `config.endpoint`) is
// called over HTTP by whoever has its URL, as HubSpot's workflow actions and
// webhooks call it, with the secrets its hsmeta declares.
import { createRequire } from 'node:module';
import { endpointContext, functionContext } from './function-context.mjs';

const require = createRequire(import.meta.url);
export const FUNCTION_TIMEOUT_MS = 15000;

// HubSpot's wording for a function that failed (dev-server errors.js buildBadRequestBody).
const APP_ERROR = "There was a problem reaching the app's API. Contact the app developer for more information.";

function failure(status, reason, name, detail) {
    return {
        status,
        body: { status: 'error', message: APP_ERROR, correlationId: 'n/a', category: 'VALIDATION_ERROR', errors: [{ message: detail, subCategory: reason, context: { serverlessFunction: [name] } }] },
    };
}

function withTimeout(promise, ms) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error(`Task timed out after ${ms / 1000} seconds`), { reason: 'TIMEOUT' })), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The function's `main`, or the failure HubSpot's runtime answers when it cannot be loaded. */
function loadMain(fn, name) {
    let main;
    try {
        ({ main } = require(fn.entry));
    } catch (error) {
        return { failed: failure(400, 'UNCAUGHT_ERROR', name, `the function failed to load: ${error.message}`) };
    }
    if (typeof main !== 'function') return { failed: failure(400, 'INVALID_FUNCTION', name, `${name} exports no main`) };
    return { main };
}

/**
 * `functions()` answers the project's current uid -> { entry, endpoint, secretKeys } map (read
 * again on every call, so a new function runs without a restart);
 * `crm` is the started local CRM (crm.mjs: the app's token, the users' tokens); `settled()` runs after every call, even one
 * that timed out, once the function has really finished.
 */
export function createFunctionRunner({ functions, crm, settled = () => {}, log = console.log }) {
    process.env.MA_CRM_BASE_PATH = crm.baseUrl;
    process.env.PRIVATE_APP_ACCESS_TOKEN = crm.token;

    /** Runs `main(context)` within the runtime's time limit; `settled` runs once it has really finished. */
    const invoke = (main, context) => {
        const running = Promise.resolve().then(() => main(context));
        running.then(settled, settled);
        return withTimeout(running, FUNCTION_TIMEOUT_MS);
    };

    /** A card's call: `caller` is the signed-in portal user (portal.mjs), or null. */
    async function run(name, call, caller) {
        const fn = functions().get(name);
        if (!fn) return failure(404, 'FUNCTION_NOT_FOUND', name, `no app function with uid ${name} in hubspot-app/src/app/functions`);
        const { main, failed } = loadMain(fn, name);
        if (failed) return failed;
        const started = Date.now();
        const token = (caller && crm.tokenOf(caller.id)) || crm.token;
        try {
            const response = await invoke(main, functionContext(call, { token }));
            const json = response === undefined ? null : JSON.parse(JSON.stringify(response));
            const outcome = json && typeof json === 'object' && 'ok' in json ? (json.ok ? 'ok' : `refused: ${json.error && json.error.code}`) : 'answered';
            log(`[hubspot] ${name}${caller ? ` by ${caller.email}` : ''}: ${outcome} in ${Date.now() - started} ms`);
            return { status: 200, body: { logId: 'n/a', response: json } };
        } catch (error) {
            log(`[hubspot] ${name}: failed: ${error.message}`);
            return failure(400, error.reason || 'UNCAUGHT_ERROR', name, String(error.message || error));
        }
    }

    /**
     * An HTTP request to an endpoint function: the function found by its
     * endpoint's path and method; answers what it returns
     * (`{ statusCode, headers, body }`), or null when no endpoint serves it.
     * `secrets` names every secret the preview holds; the function gets those its hsmeta declares.
     */
    async function runEndpoint(path, request, secrets) {
        const fn = [...functions().values()].find((f) => f.endpoint && f.endpoint.path === path);
        if (!fn) return null;
        if (!fn.endpoint.methods.includes(request.method)) return { statusCode: 405, headers: {}, body: { message: `${request.method} is not one of ${fn.endpoint.methods.join(', ')}` } };
        const { main, failed } = loadMain(fn, fn.uid);
        if (failed) return { statusCode: failed.status, headers: {}, body: failed.body };
        const declared = Object.fromEntries(fn.secretKeys.filter((key) => typeof secrets[key] === 'string').map((key) => [key, secrets[key]]));
        const started = Date.now();
        try {
            const answer = (await invoke(main, endpointContext(request, { secrets: declared }))) || {};
            log(`[hubspot] ${fn.uid} (${request.method} ${path}): ${answer.statusCode ?? 200} in ${Date.now() - started} ms`);
            return { statusCode: Number(answer.statusCode) || 200, headers: answer.headers || {}, body: answer.body ?? null };
        } catch (error) {
            log(`[hubspot] ${fn.uid}: failed: ${error.message}`);
            return { statusCode: 500, headers: {}, body: { message: String(error.message || error) } };
        }
    }

    return Object.assign(run, { endpoint: runEndpoint });
}
