// The sample program's scoring model and how a lead's records feed it. The
// model starts from the core's 'event-led' template (a manufacturer meets its
// leads at trade shows and seminars) and is tailored to this org's fields, as
// an admin would: decision makers are read from the title, industries are the
// org's picklist values. Events come from the lead's Tasks and CampaignMembers.

/** Score input field -> Lead field API name (the program's Field_Mapping__c). */
export const FIELD_MAPPING = {
    employees: 'NumberOfEmployees',
    industry: 'Industry',
    title: 'Title',
    country: 'Country',
    phone: 'Phone',
    company: 'Company',
};

const titleHas = (words) => ({ any: words.map((value) => ({ field: 'title', op: 'contains', value })) });

export function sampleScoringModel(core) {
    const template = core.SCORING_TEMPLATES.find((t) => t.id === 'event-led');
    if (!template) throw new Error("sample org: the core has no 'event-led' scoring template");
    const model = structuredClone(template.model);
    model.fit = model.fit
        .filter((rule) => rule.id !== 'timeline-near' && rule.id !== 'budget-known')
        .map((rule) => {
            if (rule.id === 'decision-maker') return { ...rule, if: titleHas(['部長', '本部長', '取締役', '代表', 'Director', 'Head of', 'President']) };
            if (rule.id === 'student') return { ...rule, if: titleHas(['学生', 'student']) };
            return rule;
        });
    model.engagement = model.engagement.map((rule) =>
        rule.id === 'follow-up-click' ? { ...rule, if: { any: [{ field: 'campaign', op: 'contains', value: 'フォロー' }, { field: 'campaign', op: 'contains', value: 'follow-up' }] } } : rule
    );
    model.fit.push({
        id: 'target-industry',
        if: { field: 'industry', op: 'in', value: ['Machinery', 'Automotive', 'Electronics', 'Manufacturing'] },
        points: 10,
        label: { ja: '重点業種 (機械・自動車・電機・製造)', en: 'Target industry (machinery, automotive, electronics, manufacturing)' },
    });
    const parsed = core.parseScoringModel(model);
    if (!parsed.ok) throw new Error(`sample org: scoring model: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    return parsed.value;
}

/**
 * A lead as the scorer reads it, from its record, its Tasks and its
 * CampaignMembers (each with its Campaign).
 */
export function scoringInput(lead, tasks, members) {
    const fields = {};
    for (const [input, field] of Object.entries(FIELD_MAPPING)) {
        if (lead[field] !== undefined && lead[field] !== null) fields[input] = lead[field];
    }
    const events = [];
    for (const task of tasks) {
        const at = `${task.ActivityDate}T09:00:00.000Z`;
        const subject = task.Subject || '';
        const url = (/(\/[\w\-/]+)/.exec(subject) || [])[1];
        if (task.Type === 'Web Visit' && url) events.push({ type: 'page_view', at, props: { url } });
        else if (task.Type === 'Email') events.push({ type: 'email_click', at, props: { subject } });
    }
    for (const { member, campaign } of members) {
        const at = member.CreatedDate;
        if (campaign.Type === 'Trade Show' && member.Status === 'Responded') events.push({ type: 'event_visit', at, props: { activity: 'booth-meeting' } });
        else if (campaign.Type === 'Trade Show' && member.Status === 'Attended') events.push({ type: 'event_visit', at, props: { activity: 'badge-scan' } });
        else if (campaign.Type === 'Webinar' && member.Status === 'Attended') events.push({ type: 'webinar_attended', at, props: {} });
        else if (campaign.Type === 'Email' && member.Status === 'Responded') events.push({ type: 'email_click', at, props: { campaign: campaign.Name } });
    }
    return { id: lead.Id, fields, events };
}
