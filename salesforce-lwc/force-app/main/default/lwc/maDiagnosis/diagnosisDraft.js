// The diagnosis being answered: one or more respondents, each with answers
// keyed by item number ("1".."15"), and its conversion to and from records.

/** A saved MA_Diagnosis__c GraphQL node as plain data. */
export function savedDiagnosisFromNode(node, val, parseJsonField) {
    return {
        id: node.Id,
        takenAt: val(node, 'Taken_At__c'),
        level: val(node, 'Level__c'),
        answers: parseJsonField(val(node, 'Answers__c'), null),
        respondents: parseJsonField(val(node, 'Respondents__c'), null),
    };
}

/** The draft a user starts from: the latest saved answers, or a blank sheet. */
export function draftFromSaved(saved) {
    if (!saved) return [{ role: null, name: '', answers: {} }];
    if (Array.isArray(saved.respondents) && saved.respondents.length > 0) {
        return saved.respondents.map((r) => ({
            role: r && typeof r.role === 'string' ? r.role : null,
            name: r && typeof r.name === 'string' ? r.name : '',
            answers: r && r.answers && typeof r.answers === 'object' ? { ...r.answers } : {},
        }));
    }
    const answers = saved.answers && typeof saved.answers === 'object' ? { ...saved.answers } : {};
    return [{ role: null, name: '', answers }];
}

/** True when the draft is one anonymous sheet (no roles): it is sent as plain answers. */
function isSingleSheet(draft) {
    return draft.length <= 1 && !(draft[0] && draft[0].role);
}

function respondentsOf(draft) {
    return draft.map((r) => {
        const out = { role: r.role || 'marketing', answers: r.answers };
        if (r.name) out.name = r.name;
        return out;
    });
}

/** Earlier saved diagnoses in the core's history shape. */
function historyOf(saved) {
    return saved.map((s) => {
        const entry = { takenAt: s.takenAt };
        if (Array.isArray(s.respondents) && s.respondents.length > 0) entry.respondents = s.respondents;
        else if (s.answers && typeof s.answers === 'object') entry.answers = s.answers;
        if (typeof s.level === 'number') entry.level = s.level;
        return entry;
    });
}

/** The core's DiagnosisInput for a draft and the diagnoses taken before it. */
export function diagnosisInput(draft, earlier) {
    const input = isSingleSheet(draft)
        ? { answers: draft[0] ? draft[0].answers : {} }
        : { respondents: respondentsOf(draft) };
    if (earlier.length > 0) input.history = historyOf(earlier);
    return input;
}

/** The fields of the MA_Diagnosis__c record that stores a draft and its result. */
export function diagnosisRecordFields({ programId, diagnosis, draft, takenAt, userId }) {
    return {
        Program__c: programId,
        Answers__c: JSON.stringify(diagnosis.answers),
        Respondents__c: isSingleSheet(draft) ? '' : JSON.stringify(respondentsOf(draft)),
        Level__c: diagnosis.level,
        Effective_Level__c: diagnosis.effectiveLevel,
        Checked_Count__c: diagnosis.checkedCount,
        Taken_At__c: takenAt,
        Taken_By__c: userId,
    };
}
