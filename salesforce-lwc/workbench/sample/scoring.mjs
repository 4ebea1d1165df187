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
 * A lead as the scorer reads it, converted by the components' own module
 * (c/maLeadInput) so the stored MA_Score__c is what the component shows.
 */
export function makeScoringInput(leadScoreInput) {
    const mapping = leadScoreInput.parseFieldMapping(FIELD_MAPPING);
    return (lead, tasks, members) =>
        leadScoreInput.scoringLead(
            lead.Id || undefined,
            lead,
            mapping,
            tasks,
            members.map(({ member, campaign }) => ({ Status: member.Status, CreatedDate: member.CreatedDate, CampaignType: campaign.Type, CampaignName: campaign.Name }))
        );
}
