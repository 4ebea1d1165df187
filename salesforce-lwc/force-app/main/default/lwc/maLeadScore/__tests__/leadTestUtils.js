// Helpers shared by the maLeadScore tests: a clock fixed at `asOf` (only Date
// is faked), mounting on a Lead record page, and reading displayed values.
import { createElement } from 'lwc';
import MaLeadScore from 'c/maLeadScore';

export const LEAD_ID = '00Q000000000001AAA';

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const REAL_TIMERS = [
    'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame',
    'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval',
    'clearInterval', 'setTimeout', 'clearTimeout',
];

/** Freezes the clock the component reads (new Date()) at `iso`; timers stay real. */
export function clockAt(iso) {
    jest.useFakeTimers({ now: new Date(iso), doNotFake: REAL_TIMERS });
}

export function mount(objectApiName = 'Lead') {
    const element = createElement('c-ma-lead-score', { is: MaLeadScore });
    element.recordId = LEAD_ID;
    element.objectApiName = objectApiName;
    document.body.appendChild(element);
    return element;
}

export function cleanup() {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.useRealTimers();
    jest.clearAllMocks();
}

export function shown(element, id) {
    const node = element.shadowRoot.querySelector(`[data-id="${id}"]`);
    return node ? node.textContent.trim() : null;
}

export const clone = (value) => JSON.parse(JSON.stringify(value));
