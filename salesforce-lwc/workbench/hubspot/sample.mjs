// The sample portal: the Salesforce sample org's program, diagnoses,
// definition sets, plan tasks and leads, written into the local CRM as the
// HubSpot app keeps them (FUNCTIONS.md): the program company with its JSON
// properties (its department mapping and routing among them), each
// department's signatures in its own sign-off property, plan tasks as
// HubSpot tasks with their marker, every lead as a contact (with its own
// company) carrying the same funnel dates. The portal is set up as the
// README's steps set up a portal, with the app's own token (the app's
// properties by `ma-setup-properties`' own code, as scripts/setup-properties.mjs
// runs it); then the admin, signed in, runs the bulk rescoring (the real
// `ma-rescore`), so every contact carries what the server stores: score,
// grade, MQL stamp and definition version, assignment, escalation step,
// recycle date, owner, first-touch tasks and `ma_evaluated_at`. Nothing is
// scored here. The portal is read back through the real functions as each
// user, so a sample the app could not read, or a user it would not know,
// fails here. Engagement is what HubSpot keeps on a contact (the latest
// visit, e-mail open and click, form submission).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FIELD_MAPPING as SALESFORCE_FIELD_MAPPING, sampleScoringModel } from '../sample/scoring.mjs';
import { SAMPLE_TEXTS } from '../sample/texts.mjs';
import { hubspotAppDir } from './project.mjs';

const require = createRequire(import.meta.url);
const functionsDir = join(hubspotAppDir, 'functions');
const { bodyOf, dueTimestamp } = require(join(functionsDir, 'fn-tasks.cjs'));
const { definitionsProperty } = require(join(functionsDir, 'fn-definitions.cjs'));
const { SIGNOFF_PROPERTY } = require(join(functionsDir, 'fn-signoff.cjs'));
const { createCrmClient } = require(join(functionsDir, 'fn-runtime.cjs'));
const { setupProperties } = require(join(functionsDir, 'ma-setup-properties.js'));

/** The HubSpot properties the sample fills besides the app's own (HubSpot defines them in every portal). */
const STANDARD_PROPERTIES = {
    companies: ['numberofemployees', 'industry', 'annualrevenue', 'country'],
    contacts: ['jobtitle', 'company', 'phone', 'country', 'lifecyclestage', 'hs_analytics_last_visit_timestamp', 'hs_email_last_open_date', 'hs_email_last_click_date', 'recent_conversion_date'],
};

/** Salesforce picklist values as HubSpot's own `industry` and `hs_analytics_source` options. */
const INDUSTRY = { Machinery: 'MACHINERY', Automotive: 'AUTOMOTIVE', Electronics: 'ELECTRICAL_ELECTRONIC_MANUFACTURING', Manufacturing: 'MECHANICAL_OR_INDUSTRIAL_ENGINEERING', Chemicals: 'CHEMICALS', Construction: 'CONSTRUCTION', Logistics: 'LOGISTICS_AND_SUPPLY_CHAIN' };
const SOURCE = { 'Trade Show': 'OFFLINE', Webinar: 'OTHER_CAMPAIGNS', Web: 'ORGANIC_SEARCH', Referral: 'REFERRALS', Advertisement: 'PAID_SEARCH' };
const TASK_STATUS = { Done: 'COMPLETED', In_Progress: 'IN_PROGRESS', Not_Started: 'NOT_STARTED', Blocked: 'WAITING', Cancelled: 'DEFERRED' };

/** The Lead's MA_* fields as the contact's ma_* properties. */
const FACTS = {
    MA_MQL_At__c: 'ma_mql_at',
    MA_Assigned_At__c: 'ma_assigned_at',
    MA_First_Touch_At__c: 'ma_first_touch_at',
    MA_SAL_At__c: 'ma_sal_at',
    MA_SAL_Rejected_At__c: 'ma_sal_rejected_at',
    MA_Recycled_At__c: 'ma_recycled_at',
    MA_SQL_At__c: 'ma_sql_at',
    MA_Opportunity_At__c: 'ma_opportunity_at',
    MA_Won_At__c: 'ma_won_at',
    MA_Lost_At__c: 'ma_lost_at',
    MA_Reject_Reason__c: 'ma_reject_reason',
};

/** score input field -> HubSpot property: the Salesforce program's fields, where a HubSpot portal keeps them. */
const FIELD_MAPPING = {
    employees: 'company.numberofemployees',
    industry: 'company.industry',
    title: 'jobtitle',
    country: 'country',
    phone: 'phone',
    company: 'company',
};

const label = (ja, en) => ({ ja, en });

/**
 * The Salesforce program's model (the core's 'event-led' template as the
 * sample tailors it), with HubSpot's industry values and the engagement
 * HubSpot keeps on a contact instead of Salesforce's tasks and campaign members.
 */
export function hubspotScoringModel(core) {
    const model = structuredClone(sampleScoringModel(core));
    model.fit = model.fit.map((rule) => (rule.id === 'target-industry' ? { ...rule, if: { field: 'industry', op: 'in', value: ['MACHINERY', 'AUTOMOTIVE', 'ELECTRICAL_ELECTRONIC_MANUFACTURING', 'MECHANICAL_OR_INDUSTRIAL_ENGINEERING'] } } : rule));
    model.engagement = [
        { id: 'event-form', event: 'form_submit', points: 30, maxCount: 1, label: label('展示会・セミナーのフォーム送信', 'Trade show or seminar form') },
        { id: 'email-click', event: 'email_click', points: 15, maxCount: 1, label: label('メール内リンクのクリック', 'E-mail link click') },
        { id: 'site-visit', event: 'page_view', points: 12, maxCount: 1, label: label('Web サイト訪問', 'Website visit') },
        { id: 'email-open', event: 'email_open', points: 3, maxCount: 1, label: label('メール開封', 'E-mail open') },
        { id: 'meeting', event: 'meeting', points: 30, maxCount: 1, label: label('商談・打ち合わせ', 'Meeting') },
    ];
    const parsed = core.parseScoringModel(model);
    if (!parsed.ok) throw new Error(`sample portal: scoring model: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    return parsed.value;
}

const latest = (dates) => dates.filter(Boolean).sort().pop() || null;
const dayStart = (date) => (date ? `${date}T00:00:00.000Z` : null);

/** The contact's engagement as HubSpot keeps it: the latest date of each kind. */
function engagementOf(tasks, members) {
    const visits = tasks.filter((t) => t.Type === 'Web Visit').map((t) => dayStart(t.ActivityDate));
    const mails = members.filter((m) => m.campaign.Type === 'Email');
    const forms = members.filter((m) => (m.campaign.Type === 'Trade Show' && ['Responded', 'Attended'].includes(m.Status)) || (m.campaign.Type === 'Webinar' && ['Registered', 'Attended'].includes(m.Status)));
    return {
        hs_analytics_last_visit_timestamp: latest(visits),
        hs_email_last_open_date: latest(mails.map((m) => m.CreatedDate)),
        hs_email_last_click_date: latest(mails.filter((m) => m.Status === 'Responded').map((m) => m.CreatedDate)),
        recent_conversion_date: latest(forms.map((m) => m.CreatedDate)),
    };
}

function lifecycleStage(f) {
    if (f.MA_Won_At__c) return 'customer';
    if (f.MA_Opportunity_At__c) return 'opportunity';
    if (f.MA_SQL_At__c) return 'salesqualifiedlead';
    if (f.MA_MQL_At__c) return 'marketingqualifiedlead';
    return 'lead';
}

const str = (value) => (value === null || value === undefined ? null : String(value));
const personName = (user, lang) => (lang === 'ja' ? `${user.LastName} ${user.FirstName}` : `${user.FirstName} ${user.LastName}`);
const byCreated = (a, b) => a.fields.CreatedDate.localeCompare(b.fields.CreatedDate) || a.id.localeCompare(b.id);

/** Runs a function as `user` (a portal user) and answers its value; anything else stops the sample. */
async function expectOk(run, name, parameters, user) {
    const { status, body } = await run(name, { parameters }, user);
    const answer = body && body.response;
    if (status !== 200 || !answer || !answer.ok) throw new Error(`sample portal: ${name} as ${user.email} answered ${JSON.stringify(answer || body).slice(0, 400)}`);
    return answer.value;
}

/** Who signs for which department, and who administers the program (FUNCTIONS.md ProgramAccess): the portal's people. */
function sampleAccess(portal) {
    const member = (user, extra) => ({ userId: String(user.id), email: user.email, ...extra });
    const { admin, ...departments } = portal.users;
    return {
        members: [
            ...Object.entries(departments).map(([role, user]) => member(user, { departments: [role] })),
            ...(admin ? [member(admin, { admin: true, departments: [] })] : []),
        ],
    };
}

/** Each assignee of the handoff rules routed to the HubSpot team of that department (a role the portal has a team for). */
function sampleRouting(handoffRules, portal) {
    const assignees = [handoffRules.assignee, handoffRules.fallback].filter(Boolean);
    const routes = [];
    for (const a of assignees) {
        const user = a.kind === 'role' ? portal.users[a.value] : null;
        if (user && user.team && !routes.some((r) => r.kind === a.kind && r.value === a.value)) routes.push({ kind: a.kind, value: a.value, teamId: String(user.team) });
    }
    return routes;
}

/**
 * A definition set as HubSpot's functions store it: the people it names by
 * the e-mail HubSpot gives for them (fn-identity.cjs `nameOf`), and, for the
 * working set, without the signatures the department properties hold.
 */
function storedSet(set, emailOf, { withoutSignatures = false } = {}) {
    if (!set) return null;
    const by = (entry) => ({ ...entry, by: emailOf(entry.by) });
    const log = set.log.map(by).filter((e) => !(withoutSignatures && (e.action === 'signed' || e.action === 'agreed') && e.version === set.version));
    return { ...set, signatures: withoutSignatures ? [] : set.signatures.map(by), log };
}

/**
 * Fills `crm` (a started, empty local CRM with the portal's people) with the
 * org's sample, through `run` (the function runner over that CRM). Answers
 * what it made.
 */
export async function generateSamplePortal({ org, crm, run, core, portal }) {
    const { store } = org;
    const lang = store.meta('sampleLang') === 'en' ? 'en' : 'ja';
    const text = SAMPLE_TEXTS[lang];
    const { standIn } = crm;
    const admin = portal.users.admin;
    if (!admin) throw new Error('sample portal: the org has no admin user');

    // README step 4: the app's properties, with the app's own token.
    await setupProperties(createCrmClient(crm.token));
    for (const [type, names] of Object.entries(STANDARD_PROPERTIES)) standIn.defineProperties(type, names.map((name) => ({ name, type: 'string' })));

    const sfUsers = JSON.parse(store.meta('users') || '{}');
    const ownerOf = (sfUserId) => {
        const role = Object.keys(sfUsers).find((r) => sfUsers[r] === sfUserId);
        return role && portal.users[role] ? String(portal.users[role].id) : null;
    };
    const nameOf = (sfUserId) => {
        const user = store.get(sfUserId);
        return user ? personName(user.fields, lang) : '';
    };
    // The org's people by name (as its records name them) -> their portal e-mail.
    const emails = new Map(Object.entries(sfUsers).filter(([role]) => portal.users[role]).map(([role, id]) => [nameOf(id), portal.users[role].email]));
    const emailOf = (name) => emails.get(name) ?? name;

    const [program] = store.all('MA_Program__c');
    if (!program) throw new Error('sample portal: the org has no MA program');
    const p = program.fields;
    const model = hubspotScoringModel(core);
    const handoffRules = JSON.parse(p.Handoff_Rules__c);
    const programDoc = {
        name: p.Name,
        targetLevel: p.Target_Level__c,
        scoringModel: model,
        handoffRules,
        fieldMapping: FIELD_MAPPING,
        access: sampleAccess(portal),
        routing: sampleRouting(handoffRules, portal),
    };
    if (Object.keys(FIELD_MAPPING).join() !== Object.keys(SALESFORCE_FIELD_MAPPING).join()) throw new Error('sample portal: the field mapping no longer covers the Salesforce program\'s fields');

    const diagnoses = store
        .all('MA_Diagnosis__c')
        .filter((d) => d.fields.Program__c === program.id)
        .sort((a, b) => a.fields.Taken_At__c.localeCompare(b.fields.Taken_At__c))
        .map((d) => ({
            id: `d-${Date.parse(d.fields.Taken_At__c)}`,
            takenAt: new Date(d.fields.Taken_At__c).toISOString(),
            takenBy: nameOf(d.fields.Taken_By__c),
            answers: JSON.parse(d.fields.Answers__c),
            respondents: JSON.parse(d.fields.Respondents__c),
            level: d.fields.Level__c,
            effectiveLevel: d.fields.Effective_Level__c,
            checkedCount: d.fields.Checked_Count__c,
        }));
    const sets = store
        .all('MA_Definition_Set__c')
        .filter((s) => s.fields.Program__c === program.id)
        .map((s) => JSON.parse(s.fields.Definitions__c))
        .sort((a, b) => a.version - b.version);
    const inForceRecord = p.Current_Definition_Set__c && store.get(p.Current_Definition_Set__c);
    const inForce = inForceRecord ? JSON.parse(inForceRecord.fields.Definitions__c) : null;
    const current = sets[sets.length - 1] || null;
    // The set in force as the app stored it at the edit that began the next version; the working set as submitted.
    const definitions = {
        current: current && inForce && current.version === inForce.version ? storedSet(current, emailOf) : storedSet(current, emailOf, { withoutSignatures: true }),
        inForce: storedSet(inForce, emailOf),
    };
    // Every signature, oldest first, as ma-sign-definitions writes it: in its department's property.
    const signatures = sets
        .flatMap((set) => set.signatures.filter((sig) => sig.version === set.version))
        .map((sig) => ({ ...sig, by: emailOf(sig.by) }))
        .sort((a, b) => a.at.localeCompare(b.at));

    const company = standIn.seed('companies', {
        name: `${text.company} ${p.Name}`,
        domain: 'toho-seiki.example',
        // An industrial-equipment maker, in HubSpot's own industry values.
        industry: 'MACHINERY',
        ma_revision: '1',
        ma_program_default: 'true',
        ma_program: JSON.stringify(programDoc),
        ma_diagnoses: JSON.stringify(diagnoses),
        ...definitionsProperty(definitions),
        ma_level: str(diagnoses.length ? diagnoses[diagnoses.length - 1].level : null),
    });
    for (const signature of signatures) {
        standIn.seedHistory('companies', company.id, SIGNOFF_PROPERTY[signature.role], [{ value: JSON.stringify(signature), timestamp: signature.at }]);
    }

    const tasks = store.all('MA_Task__c').filter((t) => t.fields.Program__c === program.id).sort(byCreated);
    const firstTransition = tasks.length ? tasks.map((t) => t.fields.Transition__c).sort()[0] : null;
    for (const t of tasks) {
        const f = t.fields;
        const planTask = {
            id: f.Task_Key__c,
            transition: f.Transition__c,
            owner: f.Owner_Role__c,
            checklistItems: String(f.Checklist_Items__c || '').split(';').filter(Boolean).map(Number),
            acceptance: String(f.Acceptance_Criteria__c || '').split('\n').filter(Boolean),
        };
        const task = standIn.seed('tasks', {
            hs_task_subject: f.Title__c,
            hs_task_body: bodyOf(planTask),
            hs_timestamp: dueTimestamp(f.Due_Date__c),
            hs_task_status: TASK_STATUS[f.Status__c] || 'NOT_STARTED',
            hs_task_priority: f.Transition__c === firstTransition ? 'HIGH' : 'MEDIUM',
            hs_task_type: 'TODO',
            hubspot_owner_id: ownerOf(f.Assignee__c),
        });
        standIn.associateTask(company.id, task.id);
    }

    const campaigns = new Map(store.all('Campaign').map((c) => [c.id, c.fields]));
    const tasksOf = new Map();
    for (const t of store.all('Task')) if (t.fields.WhoId) tasksOf.set(t.fields.WhoId, [...(tasksOf.get(t.fields.WhoId) || []), t.fields]);
    const membersOf = new Map();
    for (const m of store.all('CampaignMember')) {
        if (!m.fields.LeadId) continue;
        membersOf.set(m.fields.LeadId, [...(membersOf.get(m.fields.LeadId) || []), { ...m.fields, campaign: campaigns.get(m.fields.CampaignId) || {} }]);
    }

    const companies = new Map();
    let contacts = 0;
    for (const lead of store.all('Lead').sort(byCreated)) {
        const f = lead.fields;
        let account = companies.get(f.Company);
        if (!account) {
            account = standIn.seed('companies', {
                name: f.Company,
                domain: String(f.Email || '').split('@')[1] || null,
                numberofemployees: str(f.NumberOfEmployees),
                industry: INDUSTRY[f.Industry] || null,
                country: f.Country === 'JP' ? 'Japan' : f.Country,
            });
            companies.set(f.Company, account);
        }
        const properties = {
            firstname: f.FirstName,
            lastname: f.LastName,
            email: f.Email,
            phone: f.Phone,
            jobtitle: f.Title,
            company: f.Company,
            country: f.Country,
            lifecyclestage: lifecycleStage(f),
            hs_analytics_source: SOURCE[f.LeadSource] || 'OFFLINE',
            hubspot_owner_id: ownerOf(f.OwnerId),
            ma_program_id: company.id,
            ...engagementOf(tasksOf.get(lead.id) || [], membersOf.get(lead.id) || []),
            ...Object.fromEntries(Object.entries(FACTS).map(([field, property]) => [property, f[field] ? str(f[field]) : null])),
            ma_definition_version: f.MA_MQL_At__c ? str(f.MA_Definition_Version__c) : null,
        };
        const contact = standIn.seed('contacts', properties);
        standIn.associate('contacts', contact.id, 'companies', account.id, 1, 'Primary');
        contacts += 1;
    }

    // Read back through the app itself, as each user: every stored document
    // parses, the definitions are as the org's, every plan task is recognised,
    // and each user is the department HubSpot's token and the mapping make them.
    const view = await expectOk(run, 'ma-load-program', { companyId: company.id, lang }, admin);
    const signed = (set) => (set ? set.signatures.map((sig) => sig.role).sort().join() : '');
    if (view.definitions.current?.state !== current?.state || signed(view.definitions.current) !== signed(current) || view.definitions.inForce?.version !== inForce?.version) {
        throw new Error('sample portal: the definitions read back are not the org\'s');
    }
    for (const user of Object.values(portal.users)) {
        const me = await expectOk(run, 'ma-current-user', { companyId: company.id, lang }, user);
        const expected = user === admin ? [] : [user.role];
        if (me.departments.join() !== expected.join() || me.admin !== (user === admin)) throw new Error(`sample portal: ${user.email} is read back as ${JSON.stringify(me)}`);
    }
    const listed = await expectOk(run, 'ma-list-plan-tasks', { companyId: company.id, lang }, admin);
    if (listed.tasks.length !== tasks.length) throw new Error(`sample portal: ${tasks.length} plan tasks stored, ${listed.tasks.length} listed by ma-list-plan-tasks`);

    const rescored = await rescoreAll(run, company.id, lang, admin);
    return { companyId: company.id, contacts, tasks: tasks.length, companies: companies.size + 1, evaluated: rescored.processed, mqls: rescored.mqls, firstTouchTasks: rescored.tasks };
}

/** The admin's bulk rescoring of every contact, step after step as the settings page drives it; any contact it could not do stops the sample. */
async function rescoreAll(run, companyId, lang, admin) {
    let { progress } = await expectOk(run, 'ma-rescore', { companyId, action: 'start', lang }, admin);
    while (progress.state === 'running') ({ progress } = await expectOk(run, 'ma-rescore', { companyId, action: 'continue', runId: progress.runId, lang }, admin));
    if (progress.state !== 'done' || progress.failed > 0 || progress.processed !== progress.total || progress.problems.length > 0) {
        throw new Error(`sample portal: the rescoring ended ${progress.state}, ${progress.processed}/${progress.total}, ${progress.failed} failed: ${JSON.stringify(progress.problems.slice(0, 3))}`);
    }
    return progress;
}
