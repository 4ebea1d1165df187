// The extension worker. In a portal HubSpot runs each card in a web worker
// whose globals @hubspot/ui-extensions reads (its WorkerGlobalsInternal:
// __HUBSPOT_EXTENSION_WORKER__, extend_V2, hsWorkerAPI, logger; hubspot.js
// reads self.serverless and self.hsFetch). This script sets exactly those,
// then loads the extension's own bundle, whose `hubspot.extend(...)` lands in
// extend_V2; the host talks to it over @remote-ui/rpc, as remote UI does.
import { createEndpoint, fromWebWorker, release, retain } from '@remote-ui/rpc';

const endpoint = createEndpoint(fromWebWorker(self));

let extension = null;
let context = null;
let host = null;
/** useCrmProperties / onCrmPropertiesUpdate subscribers, refreshed on refreshObjectProperties. */
const subscriptions = new Set();

async function post(path, body) {
    const response = await fetch(`/hubspot/api/${path}`, {
        method: 'POST',
        // Who is calling, as the platform knows it (the preview's signed-in HubSpot user).
        headers: { 'Content-Type': 'application/json', 'X-HubSpot-User': String(context.user.id) },
        body: JSON.stringify(body),
    });
    const payload = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(payload.message || `${response.status} ${response.statusText}`);
    return payload;
}

/** The worker API's fetchers answer a Response-like object whose json() is `{ data }` or `{ error }`. */
const answer = (promise) =>
    promise.then(
        (data) => ({ json: async () => ({ data }) }),
        (error) => ({ json: async () => ({ error: error.message }) })
    );

const record = () => ({ objectTypeId: context.crm.objectTypeId, objectId: context.crm.objectId });
const readProperties = (properties) => post('crm/properties', { ...record(), properties }).then((r) => r.properties);

function subscribe(properties, callback) {
    const entry = { properties, callback };
    subscriptions.add(entry);
    return () => subscriptions.delete(entry);
}

function refreshSubscriptions() {
    for (const { properties, callback } of subscriptions) {
        readProperties(properties).then(
            (values) => callback(values),
            (error) => callback({}, { message: error.message })
        );
    }
}

const actions = () => ({
    addAlert: (alert) => host.addAlert(alert),
    reloadPage: () => host.reloadPage(),
    closeOverlay: (id) => host.closeOverlay(id),
    copyTextToClipboard: (text) => host.copyTextToClipboard(text),
    navigateToPage: (options) => host.navigateToPage(options),
    openIframeModal: (payload) => host.openIframeModal(payload),
    fetchCrmObjectProperties: (properties) => readProperties(properties),
    refreshObjectProperties: () => {
        host.refreshObjectProperties();
        refreshSubscriptions();
    },
    onCrmPropertiesUpdate: (properties, callback) => {
        subscribe(properties, callback);
    },
});

async function serverless(name, options = {}) {
    const { response } = await post(`functions/${encodeURIComponent(name)}`, {
        parameters: options.parameters ?? null,
        propertiesToSend: options.propertiesToSend ?? [],
        ...(context.crm ? { objectQuery: record() } : {}),
    });
    return response;
}

self.__HUBSPOT_EXTENSION_WORKER__ = true;
self.logger = {
    debug: (data) => console.debug(data),
    info: (data) => console.info(data),
    warn: (data) => console.warn(data),
    error: (data) => console.error(data),
};
self.extend_V2 = (render) => {
    extension = render;
};
self.serverless = serverless;
self.hsFetch = () => Promise.reject(new Error('hubspot.fetch is not available in the local preview: the app calls no backend of its own'));
self.hsWorkerAPI = {
    useExtensionContext: () => context,
    useExtensionActions: () => actions(),
    useExtensionApi: () => ({ context, actions: actions(), runServerlessFunction: runServerlessFunction }),
    useAppPageLocation: () => ({ path: '/', params: {} }),
    fetchCrmProperties: async (properties, updated) => {
        try {
            const data = await readProperties(properties);
            const cleanup = subscribe(properties, updated);
            return { json: async () => ({ data, cleanup }) };
        } catch (error) {
            return { json: async () => ({ error: error.message }) };
        }
    },
    fetchAssociations: (request) => answer(post('crm/associations', { ...record(), request })),
    fetchCrmSearch: (request) => answer(post('crm/search', { request })),
    fetchHubSpotApi: () => Promise.reject(new Error('the HubSpot API client is not available in the local preview')),
    formatCrmProperties: () => answer(Promise.reject(new Error('property formatting is not available in the local preview'))),
};

/** The older entry point (`runServerlessFunction`), answered in its documented shape. */
function runServerlessFunction({ name, parameters, propertiesToSend }) {
    return serverless(name, { parameters, propertiesToSend }).then(
        (response) => ({ status: 'SUCCESS', response }),
        (error) => ({ status: 'ERROR', message: error.message })
    );
}

endpoint.expose({
    /** Loads the extension bundle and renders it into the host's receiver. */
    async render(channel, init, hostApi) {
        retain(channel);
        retain(hostApi);
        host = hostApi;
        context = init.context;
        const module = await import(init.bundleUrl);
        if (!extension) throw new Error(`${init.bundleUrl} did not call hubspot.extend()`);
        module.mount(extension, channel, { context, actions: actions(), runServerlessFunction });
    },
    /** The host is going away: let go of its functions. */
    dispose() {
        if (host) release(host);
        subscriptions.clear();
    },
});
