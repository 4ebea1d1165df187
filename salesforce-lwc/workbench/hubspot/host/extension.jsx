// One extension on the page, run as HubSpot runs it: its bundle in a web
// worker (worker.js sets the worker globals @hubspot/ui-extensions reads),
// its React tree sent over @remote-ui/rpc into a remote receiver here, and
// that tree drawn by RemoteRenderer with the host components. Actions the
// extension calls (addAlert, closeOverlay, ...) land in `hostApi`.
import { createRemoteReceiver } from '@remote-ui/core';
import { RemoteRenderer, createController } from '@remote-ui/react/host';
import { createEndpoint, fromWebWorker } from '@remote-ui/rpc';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useHost } from './components/base.js';
import { COMPONENTS, componentFor } from './components/index.jsx';
import { OverlayProvider } from './components/overlays.jsx';

const base = createController(COMPONENTS);
/** Every remote name resolves: drawn here, or shown as a labelled box (never an exception). */
export const controller = { ...base, get: componentFor };

export function ExtensionHost({ extension, context, onAlert, onRefreshRecord, label }) {
    const { t } = useHost();
    const [state, setState] = useState({ status: 'loading', receiver: null, message: '' });
    const [round, setRound] = useState(0);
    const closeOverlay = useRef(() => {});
    const contextKey = JSON.stringify(context);

    useEffect(() => {
        const worker = new Worker('/hubspot/assets/worker.js', { type: 'module', name: extension.uid });
        const endpoint = createEndpoint(fromWebWorker(worker));
        const receiver = createRemoteReceiver();
        let live = true;
        const fail = (message) => live && setState({ status: 'failed', receiver: null, message });
        worker.addEventListener('error', (event) => fail(event.message || 'worker error'));
        const hostApi = {
            addAlert: (alert) => onAlert({ ...alert, source: label }),
            reloadPage: () => setRound((n) => n + 1),
            closeOverlay: (id) => closeOverlay.current(id),
            copyTextToClipboard: (text) => navigator.clipboard.writeText(String(text)).then(() => onAlert({ type: 'success', message: t('ui.copied'), source: label })),
            navigateToPage: (options) => onAlert({ type: 'info', message: t('ui.navigate', { to: options && options.to }), source: label }),
            openIframeModal: (payload) => onAlert({ type: 'info', message: t('ui.iframe', { uri: payload && payload.uri }), source: label }),
            refreshObjectProperties: () => onRefreshRecord && onRefreshRecord(),
        };
        setState({ status: 'loading', receiver, message: '' });
        endpoint.call
            .render(receiver.receive, { bundleUrl: `/hubspot/assets/ext/${extension.uid}.js`, context: JSON.parse(contextKey) }, hostApi)
            .then(() => live && setState((s) => (s.status === 'failed' ? s : { status: 'ready', receiver, message: '' })), (error) => fail(error.message));
        return () => {
            live = false;
            endpoint.terminate();
            worker.terminate();
        };
        // The worker restarts for another extension, another record or user, or a reload. The
        // callbacks handed to it stay valid: they are stable for the page's life (a language or
        // user switch reloads the page).
    }, [extension.uid, contextKey, round]);

    const registerClose = useMemo(() => (close) => (closeOverlay.current = close), []);
    if (state.status === 'failed') {
        return (
            <div className="hs-alert hs-alert--danger" role="alert" data-testid="extension-failed">
                <p className="hs-alert__title">{t('card.failed')}</p>
                <p className="hs-alert__body">{state.message}</p>
                <button type="button" className="hs-button hs-button--secondary hs-button--sm" onClick={() => setRound((n) => n + 1)}>
                    {t('card.reload')}
                </button>
            </div>
        );
    }
    return (
        <OverlayProvider registerClose={registerClose}>
            {state.status === 'loading' ? (
                <p className="hs-text hs-text--micro" role="status" data-testid="extension-loading">
                    {t('card.loading')}
                </p>
            ) : null}
            {state.receiver ? <RemoteRenderer receiver={state.receiver} controller={controller} /> : null}
        </OverlayProvider>
    );
}
