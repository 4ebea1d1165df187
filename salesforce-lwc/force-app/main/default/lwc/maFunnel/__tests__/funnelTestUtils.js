// Helpers shared by the maFunnel tests: the clock fixed at `asOf` (only Date
// is faked), GraphQL answers built from lead facts and the program's handoff
// rules, the program picked, and displayed values.
import { createElement } from 'lwc';
import { graphql, byOperation } from 'lightning/graphql';
import MaFunnel from 'c/maFunnel';

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

const FIELDS = {
    mqlAt: 'MA_MQL_At__c',
    assignedAt: 'MA_Assigned_At__c',
    firstTouchAt: 'MA_First_Touch_At__c',
    salAt: 'MA_SAL_At__c',
    salRejectedAt: 'MA_SAL_Rejected_At__c',
    rejectReason: 'MA_Reject_Reason__c',
    recycledAt: 'MA_Recycled_At__c',
    sqlAt: 'MA_SQL_At__c',
    opportunityAt: 'MA_Opportunity_At__c',
    wonAt: 'MA_Won_At__c',
    lostAt: 'MA_Lost_At__c',
    definitionVersion: 'MA_Definition_Version__c',
    source: 'LeadSource',
};

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
