// App functions run for real: the entry file an `app-function` hsmeta names
// is `require`d and its `main(context)` called, as HubSpot's 2026.03 runtime
// does (its local runtime, @hubspot/ui-extensions-dev-server 2.1.2
// serverless/executor.js: `main(context)`, an answer that must be JSON, 15 s
// to answer, failures answered as a 400 with the reason). The functions reach
// the local CRM through MA_CRM_BASE_PATH with the app token, both in
// process.env where they read them. Only a uid the project declares runs: the
// name selects an entry of the project's own list, never a path.
import { createRequire } from 'node:module';
import { functionContext } from './function-context.mjs';

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

/**
 * `functions()` answers the project's current uid -> { entry } map (read
 * again on every call, so a new function runs without a restart);
 * `crm` is the started local CRM; `settled()` runs after every call, even one
 * that timed out, once the function has really finished.
 */
export function createFunctionRunner({ functions, crm, settled = () => {}, log = console.log }) {
    process.env.MA_CRM_BASE_PATH = crm.baseUrl;
    process.env.PRIVATE_APP_ACCESS_TOKEN = crm.token;

    return async function run(name, call, caller) {
        const fn = functions().get(name);
        if (!fn) return failure(404, 'FUNCTION_NOT_FOUND', name, `no app function with uid ${name} in hubspot-app/src/app/functions`);
        let main;
        try {
            ({ main } = require(fn.entry));
        } catch (error) {
            return failure(400, 'UNCAUGHT_ERROR', name, `the function failed to load: ${error.message}`);
        }
        if (typeof main !== 'function') return failure(400, 'INVALID_FUNCTION', name, `${name} exports no main`);
        const started = Date.now();
        const running = Promise.resolve().then(() => main(functionContext(call, { token: crm.token, caller })));
        running.then(settled, settled);
        try {
            const response = await withTimeout(running, FUNCTION_TIMEOUT_MS);
            const json = response === undefined ? null : JSON.parse(JSON.stringify(response));
            const outcome = json && typeof json === 'object' && 'ok' in json ? (json.ok ? 'ok' : `refused: ${json.error && json.error.code}`) : 'answered';
            log(`[hubspot] ${name}${caller ? ` by ${caller.email}` : ''}: ${outcome} in ${Date.now() - started} ms`);
            return { status: 200, body: { logId: 'n/a', response: json } };
        } catch (error) {
            log(`[hubspot] ${name}: failed: ${error.message}`);
            return failure(400, error.reason || 'UNCAUGHT_ERROR', name, String(error.message || error));
        }
    };
}
