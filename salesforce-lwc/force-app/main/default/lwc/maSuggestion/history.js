// The program's past leads as the suggestion reads them: each Lead or Contact
// as the scorer reads it (c/maLeadInput: its mapped fields, its Tasks and
// CampaignMembers as events, as maLeadScore and the org's engine map them),
// judged and labelled by the core's `pastLead` (c/maLearn) from the record's
// MA_* dates. Nothing is decided here.
import { scoringLead, leadFacts } from 'c/maLeadInput';
import { pastLead } from 'c/maLearn';
import { val } from 'c/maData';

/** A GraphQL node as the record values leadScoreInput reads (`{ ApiName: value }`). */
function recordOf(node) {
    const record = {};
    for (const [name, cell] of Object.entries(node)) record[name] = name === 'Id' ? cell : val(node, name);
    return record;
}

function groupBy(nodes, keyOf, rowOf) {
    const out = new Map();
    for (const node of nodes) {
        const key = keyOf(node);
        if (!key) continue;
        if (!out.has(key)) out.set(key, []);
        out.get(key).push(rowOf(node));
    }
    return out;
}

const taskRow = (n) => ({ Type: val(n, 'Type'), Subject: val(n, 'Subject'), ActivityDate: val(n, 'ActivityDate') });
const memberRow = (n) => ({
    Status: val(n, 'Status'),
    CreatedDate: val(n, 'CreatedDate'),
    CampaignType: n.Campaign ? val(n.Campaign, 'Type') : null,
    CampaignName: n.Campaign ? val(n.Campaign, 'Name') : null,
});

/**
 * The history `suggestModel` reads: `{ leads }`, one past lead per Lead and
 * Contact node, with the Tasks (by WhoId) and CampaignMembers (by LeadId or
 * ContactId) read for them.
 */
export function historyOf({ records, tasks, members, mapping }) {
    const tasksOf = groupBy(tasks, (n) => val(n, 'WhoId'), taskRow);
    const membersOf = groupBy(members, (n) => val(n, 'LeadId') || val(n, 'ContactId'), memberRow);
    return {
        leads: records.map((node) => {
            const record = recordOf(node);
            const lead = scoringLead(node.Id, record, mapping, tasksOf.get(node.Id) || [], membersOf.get(node.Id) || []);
            return pastLead(lead, leadFacts(node.Id, record, lead.fields), { createdAt: record.CreatedDate });
        }),
    };
}
