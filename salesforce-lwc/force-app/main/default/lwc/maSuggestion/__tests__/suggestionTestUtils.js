// Shared by the maSuggestion tests: a program whose past leads are generated
// (seeded, so every run sees the same org) as the org stores them: Leads with
// a title and a company size, Tasks (web visits) and CampaignMembers (trade
// show booths), MQL, opportunity and won dates. With `signal`, wins follow
// the decision maker and the pricing page, not company size or the booth.
import { createElement } from 'lwc';
import MaSuggestion from 'c/maSuggestion';
import { graphql, byOperation } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import { getObjectInfos } from 'lightning/uiObjectInfoApi';
import { newDefinitionSet, submitForReview, signDefinitionSet, DEFINITION_TEMPLATES } from 'c/maSignOff';

export const PROGRAM_ID = 'a00000000000001AAA';
export const SET_ID = 'a03000000000001AAA';
export const AT = '2026-11-27T09:00:00.000Z';
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
export const $ = (element, selector) => element.shadowRoot.querySelector(selector);
export const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];
export const text = (element, selector) => ($(element, selector) ? $(element, selector).textContent.trim() : null);

export const MODEL = {
    fit: [
        { id: 'decision-maker', if: { field: 'title', op: 'contains', value: 'Director' }, points: 10, label: { ja: '決裁者', en: 'Decision maker' } },
        { id: 'large-company', if: { field: 'employees', op: 'gte', value: 500 }, points: 20, label: { ja: '従業員500人以上', en: '500+ employees' } },
    ],
    engagement: [
        { id: 'pricing', event: 'page_view', if: { field: 'url', op: 'contains', value: '/pricing' }, points: 10, maxCount: 3, label: { ja: '価格ページ', en: 'Pricing page' } },
        { id: 'booth', event: 'event_visit', points: 10, maxCount: 1, label: { ja: '展示会ブース', en: 'Trade-show booth' } },
    ],
    decay: { halfLifeDays: 60 },
    caps: { fit: 40, engagement: 40 },
    grades: { A: 20, B: 10 },
    thresholds: { mql: 30 },
};

export const MAPPING = { title: 'Title', employees: 'NumberOfEmployees' };

const DAY = 86400000;
const START = Date.parse('2025-11-01T00:00:00Z');
const iso = (ms) => new Date(ms).toISOString();

function seeded(seed) {
    let s = seed >>> 0;
    return () => {
        s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
        return s / 4294967296;
    };
}

/** `count` past leads of the program: nodes as the GraphQL answers give them, with their Tasks and CampaignMembers. */
export function generateOrg({ count = 700, seed = 7, signal = true, winRate = 0.25 } = {}) {
    const rnd = seeded(seed);
    const leads = [];
    const tasks = [];
    const members = [];
    for (let i = 0; i < count; i += 1) {
        const id = `00Q${String(i + 1).padStart(15, '0')}`;
        const created = START + Math.floor((i / count) * 330 * DAY);
        const director = rnd() < 0.35;
        const large = rnd() < 0.4;
        const pricing = rnd() < 0.3;
        const booth = rnd() < 0.4;
        const peak = created + 5 * DAY;
        if (pricing) tasks.push({ Id: `00T${i}p`, WhoId: { value: id }, Subject: { value: 'Visited /pricing' }, Type: { value: 'Web Visit' }, ActivityDate: { value: iso(peak - DAY).slice(0, 10) } });
        tasks.push({ Id: `00T${i}b`, WhoId: { value: id }, Subject: { value: 'Visited /blog/news' }, Type: { value: 'Web Visit' }, ActivityDate: { value: iso(peak - 2 * DAY).slice(0, 10) } });
        if (booth) members.push({ Id: `00v${i}`, LeadId: { value: id }, ContactId: { value: null }, Status: { value: 'Responded' }, CreatedDate: { value: iso(peak - 3 * DAY) }, Campaign: { Name: { value: 'Expo' }, Type: { value: 'Trade Show' } } });
        const logit = signal ? -2.2 + 1.9 * Number(director) + 1.7 * Number(pricing) : Math.log(winRate / (1 - winRate));
        const won = rnd() < 1 / (1 + Math.exp(-logit));
        const opportunity = won || rnd() < 0.2;
        leads.push({
            Id: id,
            CreatedDate: { value: iso(created) },
            MA_MQL_At__c: { value: iso(peak) },
            MA_Opportunity_At__c: { value: opportunity ? iso(peak + 10 * DAY) : null },
            MA_Won_At__c: { value: won ? iso(peak + 40 * DAY) : null },
            Title: { value: director ? 'Director of Production' : 'Engineer' },
            NumberOfEmployees: { value: large ? 1200 : 80 },
        });
    }
    return { leads, tasks, members };
}

// Definitions as the org stores them: v1 agreed (all three signed), built with the core's state machine.
const value = (result) => {
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.value;
};
export function agreedV1() {
    let set = value(submitForReview(value(newDefinitionSet(DEFINITION_TEMPLATES[0].id, { id: PROGRAM_ID, by: 'admin', at: AT })), { by: 'admin', at: AT }));
    for (const role of ['marketing', 'insideSales', 'sales']) set = value(signDefinitionSet(set, { role, by: role, at: AT, version: set.version }));
    return set;
}

export function setRecord(set, id = SET_ID) {
    return {
        Id: id,
        Name: { value: `v${set.version}` },
        Version__c: { value: set.version },
        State__c: { value: set.state },
        Definitions__c: { value: JSON.stringify(set) },
        Previous_Version__c: { value: null },
        LastModifiedDate: { value: '2026-11-02T10:00:00.000Z' },
        Sign_Offs__r: { edges: [] },
    };
}

const connection = (nodes, pageInfo = { hasNextPage: false, endCursor: null }) => ({ edges: nodes.map((node) => ({ node })), pageInfo });
const answer = (object, nodes, pageInfo) => ({ uiapi: { query: { [object]: connection(nodes, pageInfo) } } });

export function contextData({ model = MODEL, mapping = MAPPING, inForce = null } = {}) {
    return {
        uiapi: {
            query: {
                MA_Program__c: connection([
                    {
                        Id: PROGRAM_ID,
                        Scoring_Model__c: { value: model ? JSON.stringify(model) : null },
                        Handoff_Rules__c: { value: null },
                        Field_Mapping__c: { value: JSON.stringify(mapping) },
                        Current_Definition_Set__r: inForce ? { Id: SET_ID, Version__c: { value: inForce.version }, Definitions__c: { value: JSON.stringify(inForce) } } : null,
                    },
                ]),
            },
        },
    };
}

export function definitionsData(records) {
    return {
        uiapi: {
            query: {
                MA_Program__c: connection([{ Id: PROGRAM_ID, Current_Definition_Set__c: { value: SET_ID }, Scoring_Model__c: { value: JSON.stringify(MODEL) }, LastModifiedDate: { value: AT } }]),
                MA_Definition_Set__c: connection(records),
            },
        },
    };
}

/** What getObjectInfos answers: the fields the user may read on each object (Contact has no NumberOfEmployees). */
export function objectInfos({ leadFields, contactFields } = {}) {
    const base = ['Id', 'CreatedDate', 'MA_Program__c', 'MA_MQL_At__c', 'MA_Opportunity_At__c', 'MA_Won_At__c', 'Title'];
    const info = (apiName, names) => ({ statusCode: 200, result: { apiName, fields: Object.fromEntries(names.map((n) => [n, { apiName: n }])) } });
    return { results: [info('Lead', leadFields || [...base, 'NumberOfEmployees']), info('Contact', contactFields || base)] };
}

export function mount({ recordId = PROGRAM_ID } = {}) {
    const element = createElement('c-ma-suggestion', { is: MaSuggestion });
    element.recordId = recordId;
    document.body.appendChild(element);
    getRecord.emit({ apiName: 'User', id: '005000000000000000', fields: { Name: { value: '佐藤 花子' } } });
    return element;
}

/** Answers every read of a mounted component: context, definitions, object infos, then the records and their engagement. */
export async function load(element, org, { context = contextData(), definitions = definitionsData([setRecord(agreedV1())]), infos = objectInfos(), contacts = [] } = {}) {
    // The wires take their configuration once the element is connected.
    await flush();
    graphql.emit(context, byOperation('maLeadContext'));
    graphql.emit(definitions, byOperation('maDefinitions'));
    getObjectInfos.emit(infos);
    await flush();
    graphql.emit(answer('Lead', org.leads), byOperation('maSuggestionLeads'));
    graphql.emit(answer('Contact', contacts), byOperation('maSuggestionContacts'));
    await flush();
    await answerEngagement([...org.leads, ...contacts].map((n) => n.Id), org);
    return element;
}

/** Answers the Task and CampaignMember reads batch by batch (500 ids each, in the order the records were read). */
export async function answerEngagement(ids, org) {
    for (let i = 0; i < Math.max(ids.length, 1); i += 500) {
        const batch = new Set(ids.slice(i, i + 500));
        const forBatch = (operation) => (config) => byOperation(operation)(config) && !!config.variables && config.variables.ids[0] === ids[i];
        const who = (n) => (n.WhoId ? n.WhoId.value : n.LeadId.value || n.ContactId.value);
        graphql.emit(answer('Task', org.tasks.filter((n) => batch.has(who(n)))), forBatch('maSuggestionTasks'));
        graphql.emit(answer('CampaignMember', org.members.filter((n) => batch.has(who(n)))), forBatch('maSuggestionCampaignMembers'));
        await flush();
    }
}

export { answer };

export function reset() {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.useRealTimers();
    jest.clearAllMocks();
}

/** Freezes the clock the component reads at `iso`; timers stay real. */
export function clockAt(at) {
    jest.useFakeTimers({ now: new Date(at), doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
}
