// Helpers shared by the maFunnel tests: the clock fixed at `asOf` (only Date
// is faked), GraphQL answers built from lead facts and the program's handoff
// rules, the program picked, and displayed values.
import { createElement } from 'lwc';
import { graphql, byOperation } from 'lightning/graphql';
import MaFunnel from 'c/maFunnel';
import { FACT_FIELDS } from 'c/maLeadInput';

export const PROGRAM_ID = 'a00000000000001AAA';
const PROGRAMS = { uiapi: { query: { MA_Program__c: { edges: [{ node: { Id: PROGRAM_ID, Name: { value: '産業機器事業部' } } }] } } } };

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const REAL_TIMERS = [
    'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame',
    'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval',
    'clearInterval', 'setTimeout', 'clearTimeout',
];

export function clockAt(iso) {
    jest.useFakeTimers({ now: new Date(iso), doNotFake: REAL_TIMERS });
}

export function mount() {
    const element = createElement('c-ma-funnel', { is: MaFunnel });
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

// The record field of each fact, as the lead page's mapping names them.
const FIELDS = { ...FACT_FIELDS, source: 'LeadSource' };

/** A Lead node as the org returns it, from the core's lead facts. */
export function leadNode(facts) {
    const node = { Id: String(facts.id) };
    Object.values(FIELDS).forEach((field) => {
        node[field] = { value: null };
    });
    Object.entries(facts).forEach(([key, value]) => {
        if (key === 'id') return;
        if (!FIELDS[key]) throw new Error(`no Lead field for ${key}`);
        node[FIELDS[key]] = { value };
    });
    return node;
}

/** The funnel query's answer: the program (its handoff rules as stored, null for none) and its leads and contacts. */
export function funnelData(leads, contacts = [], hasNextPage = false, handoff = null) {
    const program = { Id: PROGRAM_ID, Handoff_Rules__c: { value: handoff === null ? null : JSON.stringify(handoff) } };
    return {
        uiapi: {
            query: {
                MA_Program__c: { edges: [{ node: program }] },
                Lead: { edges: leads.map((l) => ({ node: leadNode(l) })), pageInfo: { hasNextPage } },
                Contact: { edges: contacts.map((c) => ({ node: leadNode(c) })), pageInfo: { hasNextPage: false } },
            },
        },
    };
}

/** The picker lists the program (and picks it), then the funnel query answers `data`. */
export async function emitFunnel(data) {
    graphql.emit(PROGRAMS, byOperation('maPrograms'));
    await flush();
    graphql.emit(data, byOperation('maFunnel'));
    await flush();
}
