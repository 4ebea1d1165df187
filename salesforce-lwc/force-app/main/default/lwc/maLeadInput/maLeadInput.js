// How a Lead or Contact feeds the core, and how the core's answers go back:
// the program's Field_Mapping__c says which record fields are the model's
// `fields`, and which Tasks and CampaignMembers are which engagement events;
// the MA_* fields are the lifecycle engine's stored facts, and its changes are
// written back to them. A service module, so every component reads org data
// the same way (maLeadScore one record, maSuggestion the program's past
// leads); pure (no platform imports; only the core), so the workbench's
// automation and other tools convert org data the same way, and the Apex twin
// (MaLeadInput, MaLeadWrites) is bound to it by the golden cases.
//
// Field_Mapping__c JSON: { "<model field>": "<Lead/Contact field API name>", ...,
//   "events": [ { "from": "Task" | "CampaignMember", "match": { <source>: <value> },
//                 "event": "<event type>", "props": { "<prop>": "<source>" | { "value": <constant> } } } ] }
// Sources: Task: Type, Subject, UrlPath (the first /path in Subject), ActivityDate;
// CampaignMember: Status, CampaignType, CampaignName, CreatedDate. The first
// matching rule makes the event; a record no rule matches is not an event.
import { storedScore } from 'c/maCore';

/** Used when the mapping has no `events`: common MA-connector conventions. */
export const DEFAULT_EVENT_RULES = [
    { from: 'Task', match: { Type: 'Web Visit' }, event: 'page_view', props: { url: 'UrlPath' } },
    { from: 'Task', match: { Type: 'Email' }, event: 'email_click', props: { subject: 'Subject' } },
    { from: 'Task', match: { Type: 'Form' }, event: 'form_submit', props: { url: 'UrlPath' } },
    { from: 'CampaignMember', match: { CampaignType: 'Trade Show', Status: 'Responded' }, event: 'event_visit', props: { activity: { value: 'booth-meeting' } } },
    { from: 'CampaignMember', match: { CampaignType: 'Trade Show', Status: 'Attended' }, event: 'event_visit', props: { activity: { value: 'badge-scan' } } },
    { from: 'CampaignMember', match: { CampaignType: 'Webinar', Status: 'Attended' }, event: 'webinar_attended', props: {} },
    { from: 'CampaignMember', match: { CampaignType: 'Email', Status: 'Responded' }, event: 'email_click', props: { campaign: 'CampaignName' } },
];

/** The mapping as { fields: { modelField: apiName }, events: rules, issues: [] }; bad entries are reported, not thrown. */
export function parseFieldMapping(json) {
    const out = { fields: {}, events: DEFAULT_EVENT_RULES, issues: [] };
    if (json === null || json === undefined) return out;
    if (typeof json !== 'object' || Array.isArray(json)) {
        out.issues.push({ path: 'Field_Mapping__c', message: 'expected a JSON object of model field -> field API name' });
        return out;
    }
    for (const [key, value] of Object.entries(json)) {
        if (key === 'events') continue;
        if (typeof value === 'string' && /^[A-Za-z][A-Za-z0-9_]*$/.test(value)) out.fields[key] = value;
        else out.issues.push({ path: `Field_Mapping__c.${key}`, message: 'expected a field API name such as NumberOfEmployees' });
    }
    if (json.events !== undefined) {
        if (Array.isArray(json.events)) {
            out.events = json.events.filter((rule, index) => {
                const ok = rule && (rule.from === 'Task' || rule.from === 'CampaignMember') && typeof rule.event === 'string';
                if (!ok) out.issues.push({ path: `Field_Mapping__c.events[${index}]`, message: 'expected { from: Task|CampaignMember, event, match?, props? }' });
                return ok;
            });
        } else {
            out.issues.push({ path: 'Field_Mapping__c.events', message: 'expected a list of event rules' });
        }
    }
    return out;
}

function urlPath(subject) {
    const match = /(\/[\w\-./%?=&]*)/.exec(subject || '');
    return match ? match[1] : null;
}

function matches(rule, source) {
    return Object.entries(rule.match || {}).every(([key, value]) => source[key] === value);
}

function propsOf(rule, source) {
    const props = {};
    for (const [name, from] of Object.entries(rule.props || {})) {
        const value = from && typeof from === 'object' ? from.value : source[from];
        if (value !== null && value !== undefined) props[name] = value;
    }
    return props;
}

function eventOf(rules, from, source, at) {
    const rule = rules.find((r) => r.from === from && matches(r, source));
    return rule && at ? { type: rule.event, at, props: propsOf(rule, source) } : null;
}

/**
 * The core's scoring lead: `record` holds the record's field values by API
 * name; `tasks` are { Type, Subject, ActivityDate }; `members` are
 * { Status, CreatedDate, CampaignType, CampaignName }.
 */
export function scoringLead(id, record, mapping, tasks, members) {
    const fields = {};
    for (const [input, apiName] of Object.entries(mapping.fields)) {
        const value = record[apiName];
        if (value !== null && value !== undefined) fields[input] = value;
    }
    const events = [];
    for (const task of tasks) {
        // ActivityDate is a date: the event is dated that day (midnight UTC, as the core reads YYYY-MM-DD).
        const event = eventOf(mapping.events, 'Task', { ...task, UrlPath: urlPath(task.Subject) }, task.ActivityDate);
        if (event) events.push(event);
    }
    for (const member of members) {
        const event = eventOf(mapping.events, 'CampaignMember', member, member.CreatedDate);
        if (event) events.push(event);
    }
    return { id, fields, events };
}

/**
 * The field behind each fact the lifecycle engine reads or answers (DATA-MODEL.md,
 * the same on Lead and Contact): what `facts` are read from and what `changes`
 * (the engine's, and a rep's handoff step) are written to.
 */
export const FACT_FIELDS = {
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
    score: 'MA_Score__c',
    grade: 'MA_Grade__c',
    escalationStep: 'MA_Escalation_Step__c',
};

/** What the engine stores now, as its `facts` (an empty field is left out). */
export function storedFacts(record) {
    const facts = {};
    for (const [fact, field] of Object.entries(FACT_FIELDS)) {
        const value = record[field];
        if (value !== null && value !== undefined) facts[fact] = value;
    }
    if (record.LeadSource !== null && record.LeadSource !== undefined) facts.source = record.LeadSource;
    return facts;
}

/**
 * The lifecycle engine's lead ({ id, fields, events, facts }): the record's
 * mapped fields, its Tasks and CampaignMembers as events, its MA_* fields as
 * the stored facts (MaLifecycleRunner.input does the same in Apex).
 */
export function engineLead(id, record, mapping, tasks, members) {
    return { ...scoringLead(id, record, mapping, tasks, members), facts: storedFacts(record) };
}

/**
 * Facts to write (the engine's `changes`, or what `takeHandoffAction`
 * answers) as Lead / Contact field writes, values as they are: numbers as
 * numbers, instants as ISO text (MaLeadWrites.fromChanges in Apex).
 */
export function recordWrites(changes) {
    const writes = {};
    for (const [fact, value] of Object.entries(changes)) {
        const field = FACT_FIELDS[fact];
        if (!field) throw new Error(`changes.${fact}: no Lead or Contact field stores this fact`);
        writes[field] = value;
    }
    return writes;
}

/**
 * The engine's other answers, each as its field stores it (MaLeadWrites.answers):
 * stage, handoff status, first-touch due time, fit and engagement (one
 * decimal), and the reason of a recycle it performs. `evaluation` is an
 * answer of `evaluateLeads` with `explain` (the due time is the clock's).
 */
export function answerWrites(evaluation) {
    const writes = {
        MA_Stage__c: evaluation.stage,
        MA_Handoff_Status__c: evaluation.handoff.status,
        MA_First_Touch_Due_At__c: evaluation.explain.handoff.firstTouchDueAt,
        MA_Fit__c: storedScore(evaluation.score.fit),
        MA_Engagement__c: storedScore(evaluation.score.engagement),
    };
    for (const action of evaluation.actions) {
        if (action.type === 'recycle' && action.reason) writes.MA_Recycle_Reason__c = action.reason;
    }
    return writes;
}

const sameInstant = (a, b) => typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b);
const same = (a, b) => (a === null || a === undefined ? b === null || b === undefined : a === b);

/** The writes whose value differs from what the record holds (instants compared as instants). */
export function differing(writes, record) {
    const out = {};
    for (const [field, next] of Object.entries(writes)) {
        const now = record[field];
        const unchanged = field.endsWith('_At__c') && typeof next === 'string' ? sameInstant(next, now) : same(next, now);
        if (!unchanged) out[field] = next;
    }
    return out;
}

/** The MA_* handoff fields of the record as the core's lead facts (what stageOf and handoffStatus read). */
export function leadFacts(id, record, fields, score) {
    return {
        id,
        mqlAt: record.MA_MQL_At__c,
        assignedAt: record.MA_Assigned_At__c,
        firstTouchAt: record.MA_First_Touch_At__c,
        salAt: record.MA_SAL_At__c,
        salRejectedAt: record.MA_SAL_Rejected_At__c,
        rejectReason: record.MA_Reject_Reason__c,
        recycledAt: record.MA_Recycled_At__c,
        sqlAt: record.MA_SQL_At__c,
        opportunityAt: record.MA_Opportunity_At__c,
        wonAt: record.MA_Won_At__c,
        lostAt: record.MA_Lost_At__c,
        source: record.LeadSource,
        definitionVersion: record.MA_Definition_Version__c,
        fields,
        score,
    };
}

/** The fields a record page reads (besides the mapped ones): the facts and the engine's stored answers. */
export const HANDOFF_FIELDS = [
    'MA_Program__c',
    ...Object.values(FACT_FIELDS),
    'MA_Stage__c',
    'MA_Handoff_Status__c',
    'MA_First_Touch_Due_At__c',
    'MA_Fit__c',
    'MA_Engagement__c',
    'MA_Evaluated_At__c',
    'LastModifiedDate',
];
