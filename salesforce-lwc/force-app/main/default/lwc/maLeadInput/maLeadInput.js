// How a Lead or Contact feeds the core: the program's Field_Mapping__c says
// which record fields are the model's `fields`, and which Tasks and
// CampaignMembers are which engagement events. A service module, so every
// component reads org data the same way (maLeadScore one record, maSuggestion
// the program's past leads); pure (no platform imports), so other tools (the
// workbench's sample org) convert the same way too.
//
// Field_Mapping__c JSON: { "<model field>": "<Lead/Contact field API name>", ...,
//   "events": [ { "from": "Task" | "CampaignMember", "match": { <source>: <value> },
//                 "event": "<event type>", "props": { "<prop>": "<source>" | { "value": <constant> } } } ] }
// Sources: Task: Type, Subject, UrlPath (the first /path in Subject), ActivityDate;
// CampaignMember: Status, CampaignType, CampaignName, CreatedDate. The first
// matching rule makes the event; a record no rule matches is not an event.

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

/** The MA_* handoff fields of the record as the core's lead facts. */
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
        score: score ? { total: score.total, fit: score.fit, engagement: score.engagement, grade: score.grade, mql: score.mql } : undefined,
    };
}

/** The handoff fields read from the record (besides the mapped ones). */
export const HANDOFF_FIELDS = [
    'MA_Program__c',
    'MA_MQL_At__c',
    'MA_Assigned_At__c',
    'MA_First_Touch_At__c',
    'MA_SAL_At__c',
    'MA_SAL_Rejected_At__c',
    'MA_Reject_Reason__c',
    'MA_Recycled_At__c',
    'MA_SQL_At__c',
    'MA_Opportunity_At__c',
    'MA_Won_At__c',
    'MA_Lost_At__c',
    'MA_Definition_Version__c',
    'MA_Score__c',
    'MA_Grade__c',
    'LastModifiedDate',
];
