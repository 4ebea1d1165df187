// The sample org: one MA program of a Japanese industrial-equipment maker at
// level 2 with two earlier diagnoses, its plan (from the core) partly done, a
// definition set signed by two of the three departments (core sign-off), a
// scoring model from a core template, and a few hundred leads with tasks,
// campaign memberships and funnel dates, scored by the core, this season's and
// the year before's (whose deals are decided: what a suggested model learns from). Deterministic:
// the same seed gives the same org, dated relative to `asOf`.
import { SAMPLE_TEXTS } from './texts.mjs';
import { seededRandom } from './random.mjs';
import { sampleScoringModel, FIELD_MAPPING, makeScoringInput } from './scoring.mjs';
import { generateLeads } from './leads.mjs';

const DAY = 86400000;

// What an admin assigns each sample user (see salesforce-lwc/README.md): the
// app's admin runs programs and signs for no department; each member holds
// one department, the custom permission of its MA_Department_* set.
export const PERMISSION_SET_ASSIGNMENTS = {
    admin: ['MA_Maturity_Admin'],
    marketing: ['MA_Maturity_Member', 'MA_Department_Marketing'],
    insideSales: ['MA_Maturity_Member', 'MA_Department_Inside_Sales'],
    sales: ['MA_Maturity_Member', 'MA_Department_Sales'],
};
const iso = (ms) => new Date(ms).toISOString();
const isoDate = (ms) => iso(ms).slice(0, 10);

// The two earlier diagnoses: level 1 half a year ago, level 2 two months ago,
// answered by marketing, inside sales and sales (they disagree on a few items).
const EARLIER = [
    { daysAgo: 180, respondents: { marketing: [1, 2, 3], insideSales: [1, 2], sales: [1, 2, 3] } },
    { daysAgo: 60, respondents: { marketing: [1, 2, 3, 4, 7], insideSales: [1, 2, 3, 4], sales: [1, 2, 3, 4, 7, 8] } },
];

function check(result, what) {
    if (!result.ok) throw new Error(`sample org: ${what}: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    return result.value;
}

export async function generateSampleOrg(org, { core, leadScoreInput }, { asOf = new Date(), lang = 'ja', seed = 20261128, leadCount = 320, pastLeadCount = 480 } = {}) {
    const text = SAMPLE_TEXTS[lang];
    const now = asOf.getTime();
    const random = seededRandom(seed);
    const seedAt = (apiName, fields, atMs, by) => org.seed(apiName, fields, { at: iso(atMs), by });

    // One transaction: a failed generation leaves the org as it was.
    return org.store.transaction(() => {
        org.store.clear();
        // Roles of the three departments, by the API names the handoff rules use (the
        // default assignee is the role `insideSales`); the admin has none.
        const roles = {};
        for (const [role, name] of Object.entries(text.roles)) roles[role] = seedAt('UserRole', { Name: name, DeveloperName: role }, now - 400 * DAY, null);
        // Users: one per role; the workbench's role switch signs in as them.
        const users = {};
        for (const [role, name] of Object.entries(text.users)) {
            users[role] = seedAt('User', { ...name, Username: `${role.toLowerCase()}@toho-seiki.example`, Email: `${role.toLowerCase()}@toho-seiki.example`, LanguageLocaleKey: lang === 'en' ? 'en_US' : 'ja', IsActive: true, UserRoleId: roles[role] || null }, now - 400 * DAY, null);
        }
        // Inside sales reports to the director of sales (who a notify-manager step reaches),
        // and is the member of the inside-sales lead queue a program's rules may name.
        org.store.update(users.insideSales, { ...org.store.get(users.insideSales).fields, ManagerId: users.sales });
        const queue = seedAt('Group', { Name: text.queue, DeveloperName: 'MA_Inside_Sales_Leads', Type: 'Queue' }, now - 400 * DAY, null);
        seedAt('GroupMember', { GroupId: queue, UserOrGroupId: users.insideSales }, now - 400 * DAY, null);
        org.store.setMeta('users', JSON.stringify(users));
        org.store.setMeta('permissionSetAssignments', JSON.stringify(Object.fromEntries(Object.entries(users).map(([role, id]) => [id, PERMISSION_SET_ASSIGNMENTS[role]]))));
        org.store.setMeta('sampleLang', lang);

        const model = sampleScoringModel(core);
        const programId = seedAt('MA_Program__c', {
            Name: text.program,
            Business_Unit__c: text.businessUnit,
            Scoring_Model__c: JSON.stringify(model),
            Handoff_Rules__c: JSON.stringify(core.DEFAULT_HANDOFF_RULES),
            Field_Mapping__c: JSON.stringify(FIELD_MAPPING),
            Target_Level__c: 3,
        }, now - 200 * DAY, users.admin);

        // Diagnoses, each computed by the core exactly as maDiagnosis saves one.
        let latest = null;
        for (const { daysAgo, respondents } of EARLIER) {
            const takenAt = iso(now - daysAgo * DAY);
            const sheets = Object.entries(respondents).map(([role, items]) => ({
                role,
                name: text.diagnosisNames[role],
                answers: Object.fromEntries(items.map((n) => [String(n), true])),
            }));
            const diagnosis = check(core.diagnose({ respondents: sheets }, { asOf: takenAt, lang }), 'diagnose');
            const id = seedAt('MA_Diagnosis__c', {
                Program__c: programId,
                Answers__c: JSON.stringify(diagnosis.answers),
                Respondents__c: JSON.stringify(sheets),
                Level__c: diagnosis.level,
                Effective_Level__c: diagnosis.effectiveLevel,
                Checked_Count__c: diagnosis.checkedCount,
                Taken_At__c: takenAt,
                Taken_By__c: users.admin,
            }, now - daysAgo * DAY, users.admin);
            latest = { id, diagnosis, takenAt, daysAgo };
        }

        // The plan from the latest diagnosis, as maPlan creates it: the first tasks are done,
        // the ones due in the last month are not (overdue, as real plans slip).
        const planStart = now - (latest.daysAgo - 1) * DAY;
        const plan = check(core.buildPlanFromDiagnosis(latest.diagnosis, { start: isoDate(planStart), lang }), 'buildPlanFromDiagnosis');
        plan.tasks.forEach((task, index) => {
            const due = Date.parse(`${task.due}T00:00:00Z`);
            const status = due < now - 30 * DAY ? 'Done' : index % 3 === 0 && due < now + 30 * DAY ? 'In_Progress' : 'Not_Started';
            seedAt('MA_Task__c', {
                Name: task.title.slice(0, 80),
                Program__c: programId,
                Diagnosis__c: latest.id,
                Task_Key__c: task.id,
                // What MaPlanTaskTriggerHandler sets (the generator writes as the system, past the org's automation).
                Program_Task_Key__c: `${programId}:${task.id}`,
                Title__c: task.title.slice(0, 255),
                Transition__c: task.transition,
                Checklist_Items__c: task.checklistItems.join(';'),
                Owner_Role__c: task.owner,
                Participants__c: task.participants.join(';'),
                Assignee__c: users[task.owner] || null,
                Status__c: status,
                Due_Date__c: task.due,
                Depends_On__c: task.dependsOn.join(';'),
                Acceptance_Criteria__c: task.acceptance.join('\n'),
            }, planStart, users.admin);
        });

        // Definitions: v1 from the standard template, agreed by all three and in force;
        // v2 (a lower MQL threshold) in review, signed by marketing and inside sales only.
        const personName = (u) => (lang === 'ja' ? `${u.LastName} ${u.FirstName}` : `${u.FirstName} ${u.LastName}`);
        const by = (role) => personName(text.users[role]);
        const signAll = (set, roles, daysAgoList) => {
            let next = set;
            const rows = [];
            roles.forEach((role, i) => {
                const at = iso(now - daysAgoList[i] * DAY);
                next = check(core.signDefinitionSet(next, { role, by: by(role), at, version: next.version, comment: text.signComments[role] }), `sign ${role}`);
                rows.push({ role, at, daysAgo: daysAgoList[i] });
            });
            return { set: next, rows };
        };
        const storeSet = (set, atDaysAgo, previousId, rows) => {
            const id = seedAt('MA_Definition_Set__c', {
                Program__c: programId,
                Name: `v${set.version}`,
                Version__c: set.version,
                State__c: set.state,
                Definitions__c: JSON.stringify(set),
                Previous_Version__c: previousId,
            }, now - atDaysAgo * DAY, users.admin);
            for (const r of rows) {
                seedAt('MA_Sign_Off__c', {
                    Definition_Set__c: id,
                    Role__c: r.role,
                    Signed_By__c: users[r.role],
                    Signed_At__c: r.at,
                    Version__c: set.version,
                    Comment__c: text.signComments[r.role] || null,
                    // What MaSignOffTriggerHandler sets on insert.
                    Sign_Off_Key__c: `${id}:${set.version}:${r.role}`,
                }, now - r.daysAgo * DAY, users[r.role]);
            }
            return id;
        };
        let v1 = check(core.newDefinitionSet('b2b-standard', { id: programId, by: by('admin'), at: iso(now - 130 * DAY) }), 'newDefinitionSet');
        v1 = check(core.submitForReview(v1, { by: by('admin'), at: iso(now - 129 * DAY) }), 'submitForReview v1');
        const agreed = signAll(v1, ['marketing', 'insideSales', 'sales'], [126, 124, 121]);
        const v1Id = storeSet(agreed.set, 121, null, agreed.rows);
        org.store.update(programId, { ...org.store.get(programId).fields, Current_Definition_Set__c: v1Id });

        const mql = agreed.set.stages.mql;
        const lowered = { ...mql, criteria: { all: [{ field: 'score', op: 'gte', value: 65 }, { field: 'grade', op: 'in', value: ['A', 'B'] }] }, description: { ja: 'スコア65点以上かつグレード A または B のリード (展示会後の取りこぼしを減らすため 70 から引き下げ)。', en: 'Score of 65 or more and grade A or B (lowered from 70 so fewer trade-show leads are missed).' } };
        let v2 = check(core.editDefinitionSet(agreed.set, { stages: { mql: lowered } }, { by: by('marketing'), at: iso(now - 20 * DAY) }), 'editDefinitionSet');
        v2 = check(core.submitForReview(v2, { by: by('marketing'), at: iso(now - 19 * DAY) }), 'submitForReview v2');
        const partly = signAll(v2, ['marketing', 'insideSales'], [15, 12]);
        const setId = storeSet(partly.set, 12, v1Id, partly.rows);
        const set = agreed.set;

        const scoringInput = makeScoringInput(leadScoreInput);
        const leads = generateLeads({ core, random, text, now, programId, users, model, definitionVersion: set.version, seedAt, scoringInput, count: leadCount });
        // The year before: its deals decided long ago, the outcomes a suggested model learns from
        // (MQLs then were not yet under the agreed definitions, so they carry no version).
        const pastLeads = generateLeads({ core, random, text, now, programId, users, model, definitionVersion: null, seedAt, scoringInput, count: pastLeadCount, season: 'past' });
        return { programId, users, leads: leads.length + pastLeads.length, tasks: plan.tasks.length, definitionSetId: setId };
    });
}
