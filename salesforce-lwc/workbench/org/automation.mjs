// The org's automation, as force-app's Apex triggers run it on the platform,
// played here with the shared core itself (the Apex is the core's golden-bound
// twin, MaSignOff):
// - MA_Sign_Off__c (MaSignOffTriggerHandler): before insert, stamp the org's
//   instant and the unique key, and ask the core's authorizeSignature whether
//   the signed-in user, with the departments their custom permissions grant,
//   may sign that department on that version; after insert, derive every
//   version of the program with definitionsInForce and write its answer.
// - MA_Definition_Set__c (MaDefinitionSetTriggerHandler): what a user writes
//   to a set is checked by the core's authorizeSetWrite (the sign-off
//   derivation writes as the system, past it, as the Apex bypasses it).
// - MA_Task__c (MaPlanTaskTriggerHandler): key each task by program and task key.
// Each hook runs inside the write's transaction: a refusal rolls it all back.

// The custom permission that grants each signing department, as
// MaSignOffTriggerHandler.PERMISSION_OF_DEPARTMENT maps them.
export const PERMISSION_OF_DEPARTMENT = { marketing: 'MA_Sign_Marketing', insideSales: 'MA_Sign_Inside_Sales', sales: 'MA_Sign_Sales' };

const parseJson = (text) => {
    try {
        return typeof text === 'string' && text.trim() ? JSON.parse(text) : null;
    } catch {
        return null;
    }
};

// A refusal's message says it all; a malformed value is named by its field.
const REFUSALS = new Set(['not_in_department', 'wrong_state', 'version_mismatch', 'already_signed', 'derived_state', 'signatures_stored_apart', 'version_frozen', 'log_append_only']);
const issuesText = (issues) => issues.map((i) => (i.path && !REFUSALS.has(i.code) ? `${i.path}: ${i.message}` : i.message)).join('; ');

/** Stored MA_Sign_Off__c rows of one set as the core's signatures. */
function signaturesOf(ctx, setId) {
    return ctx
        .all('MA_Sign_Off__c')
        .filter((row) => row.fields.Definition_Set__c === setId && row.fields.Signed_At__c && row.fields.Version__c !== null && row.fields.Version__c !== undefined)
        .map((row) => {
            const signer = row.fields.Signed_By__c ? ctx.load(row.fields.Signed_By__c) : null;
            const signature = { role: row.fields.Role__c, by: signer ? signer.fields.Name : 'unknown user', at: row.fields.Signed_At__c, version: row.fields.Version__c };
            return row.fields.Comment__c ? { ...signature, comment: row.fields.Comment__c } : signature;
        });
}

export function createAutomation(core) {
    const signOff = {
        beforeInsert(record, ctx) {
            record.Signed_At__c = ctx.now();
            const definitionSet = record.Definition_Set__c ? ctx.load(record.Definition_Set__c) : null;
            if (!definitionSet) return;
            const departments = Object.keys(PERMISSION_OF_DEPARTMENT).filter((d) => ctx.user.customPermissions.has(PERMISSION_OF_DEPARTMENT[d]));
            const attempt = { role: record.Role__c, version: record.Version__c, at: record.Signed_At__c, ...(record.Comment__c ? { comment: record.Comment__c } : {}) };
            const answer = core.authorizeSignature(parseJson(definitionSet.fields.Definitions__c), signaturesOf(ctx, definitionSet.id), attempt, {
                by: ctx.user.name,
                departments,
            });
            if (!answer.ok) throw ctx.refuse(issuesText(answer.issues));
            record.Sign_Off_Key__c = `${definitionSet.id}:${record.Version__c}:${record.Role__c}`;
        },
        afterInsert(record, ctx) {
            const signed = ctx.load(record.Definition_Set__c);
            const programId = signed.fields.Program__c;
            const versions = ctx.all('MA_Definition_Set__c').filter((row) => row.fields.Program__c === programId);
            const answer = core.definitionsInForce(
                versions.map((row) => ({ key: row.id, set: parseJson(row.fields.Definitions__c), signatures: signaturesOf(ctx, row.id) }))
            );
            if (!answer.ok) throw ctx.refuse(`The definitions of this program cannot be read: ${issuesText(answer.issues)}`);
            const changed = new Set(answer.value.changes.map((c) => c.key));
            for (const row of versions) {
                const state = answer.value.states[row.id];
                if (row.id === signed.id || changed.has(row.id) || state !== row.fields.State__c) {
                    ctx.systemUpdate(row.id, { State__c: state, Definitions__c: JSON.stringify(answer.value.sets[row.id]) });
                }
            }
            const program = ctx.load(programId);
            if (program && (program.fields.Current_Definition_Set__c || null) !== answer.value.inForce) {
                ctx.systemUpdate(programId, { Current_Definition_Set__c: answer.value.inForce });
            }
        },
    };
    const checkSetWrite = (record, stored, ctx) => {
        const next = parseJson(record.Definitions__c);
        if (next && typeof next === 'object' && next.state !== record.State__c) {
            throw ctx.refuse(`State__c is ${record.State__c} but the definitions JSON says ${next.state}: they must agree.`);
        }
        const answer = core.authorizeSetWrite(stored ? parseJson(stored.Definitions__c) : null, next);
        if (!answer.ok) throw ctx.refuse(issuesText(answer.issues));
    };
    const definitionSet = {
        beforeInsert: (record, ctx) => checkSetWrite(record, null, ctx),
        beforeUpdate: (record, stored, ctx) => checkSetWrite(record, stored, ctx),
    };
    const stampTaskKey = (record) => {
        record.Program_Task_Key__c = record.Task_Key__c ? `${record.Program__c}:${record.Task_Key__c}` : null;
    };
    const task = {
        beforeInsert: (record) => stampTaskKey(record),
        beforeUpdate: (record) => stampTaskKey(record),
    };
    return { MA_Sign_Off__c: signOff, MA_Definition_Set__c: definitionSet, MA_Task__c: task };
}
