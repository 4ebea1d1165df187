// What every host component shares: the page's language, HubSpot's spacing
// scale, and calling a handler that lives in the extension worker (an rpc
// proxy: it answers a promise, and a worker that is gone must not break the page).
import { createContext, useContext } from 'react';
import { translate } from '../labels.js';

export const HostContext = createContext({ lang: 'ja', overlays: null });

export function useHost() {
    const host = useContext(HostContext);
    return { ...host, t: (key, values) => translate(host.lang, key, values) };
}

const DISTANCES = { flush: '0', 'extra-small': '4px', xs: '4px', small: '8px', sm: '8px', medium: '16px', md: '16px', large: '24px', lg: '24px', 'extra-large': '32px', xl: '32px' };
export const distance = (value, fallback = 'sm') => DISTANCES[value] ?? DISTANCES[fallback];

const SIZES = { 'extra-small': 'xs', xs: 'xs', small: 'sm', sm: 'sm', medium: 'md', md: 'md', large: 'lg', lg: 'lg', 'extra-large': 'xl', xl: 'xl' };
export const size = (value, fallback = 'md') => SIZES[value] ?? fallback;

export const cx = (...names) => names.filter(Boolean).join(' ');

/** `data-testid` from the component's testId, so tests find what the card's tests find. */
export const testAttrs = (props) => (props.testId ? { 'data-testid': props.testId } : {});

/** Calls a worker-side handler; its failure (a worker already terminated) is logged, not thrown. */
export function callRemote(handler, ...args) {
    if (typeof handler !== 'function') return undefined;
    return Promise.resolve()
        .then(() => handler(...args))
        .catch((error) => console.warn('extension handler failed:', error));
}

/** The serialisable event HubSpot hands to onClick (ExtensionEvent). */
export const extensionEvent = (event) => ({ type: event.type, bubbles: event.bubbles, timeStamp: event.timeStamp, id: event.currentTarget?.id || '' });
