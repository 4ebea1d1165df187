// The agreed rules running in the local org, as force-app's Apex runs them on
// the platform (MaLifecycleRunner with its triggers and the scheduled
// MaRescoreBatch), played with the shared core's lifecycle engine itself and
// maLeadScore's own mapping (c/maLeadInput: the record as the engine's
// lead, the answer as field writes):
// - after a Lead or Contact of a program is inserted or updated, and after a
//   Task (by WhoId) or a CampaignMember (by LeadId / ContactId) about one is
//   inserted, updated or deleted, that record is evaluated in the same
//   transaction (the org evaluates up to 10 at once and queues more; here
//   writes come one at a time);
// - `sweep` evaluates every Lead and Contact of every program at one instant,
//   as each scheduled run does, and writes the run's summary on the program;
// - the answer is performed as the Apex performs it: `changes` and the
//   engine's other answers written to the MA_* fields (only what differs)
//   with MA_Evaluated_At__c; `assign` / `reassign` change the owner
//   (assignees.mjs resolves queues, users and roles as MaAssignees does);
//   `create-task` a Task for the owner due at the SLA with a reminder;
//   `notify`, `remind`, `notify-manager`, `reassign` a notification
//   (notifications.mjs, the Connect API's shape; the Custom Notification
//   MA_Handoff on the platform), worded with the org's custom labels.
// A program the engine refuses, or a record it cannot evaluate or assign, is
// counted as an error with a message naming the field; nothing of it is
// written. The engine's own writes fire no trigger.
import { AssigneeError, createAssignees } from './assignees.mjs';
import { createRunSummary } from './runSummary.mjs';
import { createWorld } from './world.mjs';

/** Tasks and CampaignMembers read per record, as the component and the Apex read them. */
const EVENTS_PER_RECORD = 200;
/** Notifications per run, as the Apex keeps within a transaction's allowances. */
const MAX_NOTIFICATIONS = 100;

const NOTICE_LABELS = {
    notify: ['MA_Notify_Assigned_Title', 'MA_Notify_Assigned_Body'],
    remind: ['MA_Notify_Remind_Title', 'MA_Notify_Remind_Body'],
    'notify-manager': ['MA_Notify_Manager_Title', 'MA_Notify_Manager_Body'],
    reassign: ['MA_Notify_Reassigned_Title', 'MA_Notify_Reassigned_Body'],
};

const parseJson = (text, field) => {
    if (typeof text !== 'string' || text.trim() === '') return undefined;
    try {
        return JSON.parse(text);
    } catch (e) {
        throw new EngineProblem(`${field}: not JSON (${e.message})`);
    }
};

class EngineProblem extends Error {}

const describeIssues = (issues) => issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');

/**
 * `core`: the shared core; `leadInput`: lwc/maLeadInput/maLeadInput.js;
 * `labels`: the org's custom labels (labels.mjs); `notifications`: where
 * notices go; `timeZone`: the users' time zone (a Task's due date is that day).
 */
export function createLifecycle({ core, leadInput, labels, notifications, timeZone }) {
    const dayOf = (ms) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms));
    const formatInstant = (ms, lang) =>
        ms === null || ms === undefined
            ? ''
            : new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ja-JP', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(ms));

    /** The programs of a run, read and parsed once (MaPrograms): the engine's program, or the problem that names what to fix. */
    function programsOf(world) {
        const cache = new Map();
        return (programId) => {
            if (!cache.has(programId)) {
                const row = world.get(programId);
                let entry;
                if (!row) {
                    entry = { problem: `Program ${programId}: not found` };
                } else {
                    const p = row.fields;
                    let mapping;
                    try {
                        mapping = leadInput.parseFieldMapping(parseJson(p.Field_Mapping__c, 'Field_Mapping__c') ?? null);
                    } catch (e) {
                        if (!(e instanceof EngineProblem)) throw e;
                        // Not JSON: the mapping's own check names the field (the defaults apply meanwhile).
                        mapping = leadInput.parseFieldMapping(p.Field_Mapping__c);
                    }
                    try {
                        const set = p.Current_Definition_Set__c ? world.get(p.Current_Definition_Set__c) : null;
                        const program = {
                            model: parseJson(p.Scoring_Model__c, 'Scoring_Model__c'),
                            definitions: set ? parseJson(set.fields.Definitions__c, 'Definitions__c') : undefined,
                            handoff: parseJson(p.Handoff_Rules__c, 'Handoff_Rules__c'),
                        };
                        const parsed = core.parseProgram(program);
                        entry = parsed.ok ? { program: parsed.value, mapping } : { problem: `Program ${p.Name}: ${describeIssues(parsed.issues)}`, mapping };
                    } catch (e) {
                        if (!(e instanceof EngineProblem)) throw e;
                        entry = { problem: `Program ${p.Name}: ${e.message}`, mapping };
                    }
                }
                cache.set(programId, entry);
            }
            return cache.get(programId);
        };
    }

    /** A record with its Tasks and CampaignMembers as the engine's lead, mapped as the component maps it. */
    function leadOf(world, row, mapping) {
        const tasks = world
            .tasksOf(row.id)
            .map((t) => t.fields)
            .sort((a, b) => String(b.ActivityDate || '').localeCompare(String(a.ActivityDate || '')))
            .slice(0, EVENTS_PER_RECORD)
            .map((t) => ({ Type: t.Type ?? null, Subject: t.Subject ?? null, ActivityDate: t.ActivityDate ?? null }));
        const members = world
            .membersOf(row.id)
            .map((m) => m.fields)
            .sort((a, b) => String(b.CreatedDate).localeCompare(String(a.CreatedDate)))
            .slice(0, EVENTS_PER_RECORD)
            .map((m) => {
                const campaign = m.CampaignId ? world.get(m.CampaignId) : null;
                return { Status: m.Status ?? null, CreatedDate: m.CreatedDate, CampaignType: campaign ? campaign.fields.Type ?? null : null, CampaignName: campaign ? campaign.fields.Name ?? null : null };
            });
        return leadInput.engineLead(row.id, row.fields, mapping, tasks, members);
    }

    /**
     * Evaluates the Leads and Contacts `ids` at `asOfMs` and performs the
     * answers; the summary of each program touched. `lang` words the notices.
     */
    function run(world, ids, asOfMs, lang) {
        const summaries = new Map();
        const summaryOf = (programId) => {
            if (!summaries.has(programId)) summaries.set(programId, createRunSummary());
            return summaries.get(programId);
        };
        const program = programsOf(world);
        const plans = [];
        for (const id of ids) {
            const row = world.get(id);
            if (!row || (row.object !== 'Lead' && row.object !== 'Contact') || !row.fields.MA_Program__c) continue;
            const programId = row.fields.MA_Program__c;
            const summary = summaryOf(programId);
            const entry = program(programId);
            for (const issue of entry.mapping ? entry.mapping.issues : []) summary.note(`${issue.path}: ${issue.message}`);
            summary.evaluated += 1;
            if (!entry.program) {
                summary.error(entry.problem);
                continue;
            }
            const parsed = core.parseEvaluationLead(leadOf(world, row, entry.mapping));
            if (!parsed.ok) {
                summary.error(`${row.fields.Name} (${row.id}): ${describeIssues(parsed.issues)}`);
                continue;
            }
            plans.push({ row, programId, rules: entry.program.handoff, result: core.evaluateParsedLead(entry.program, parsed.value, asOfMs, { lang, explain: true }) });
        }
        const assignees = createAssignees(world);
        const asOf = new Date(asOfMs).toISOString();
        let notices = 0;
        for (const plan of plans) {
            const summary = summaryOf(plan.programId);
            const who = `${plan.row.fields.Name} (${plan.row.id})`;
            let prepared;
            try {
                prepared = prepare(plan, assignees);
            } catch (e) {
                if (!(e instanceof AssigneeError)) throw e;
                summary.error(`${who}: ${e.message}`);
                continue;
            }
            if (!prepared) continue;
            world.update(plan.row.id, { ...prepared.writes, MA_Evaluated_At__c: asOf, ...(prepared.owner !== prepared.ownerBefore ? { OwnerId: prepared.owner } : {}) });
            summary.updated += 1;
            if (plan.result.changes.mqlAt) summary.mqls += 1;
            const dueAt = plan.result.explain.handoff.firstTouchDueAt ? Date.parse(plan.result.explain.handoff.firstTouchDueAt) : null;
            const sla = plan.rules.firstTouchSlaMinutes;
            const name = plan.row.fields.Name;
            const notice = (kind, recipient) => {
                if (notices >= MAX_NOTIFICATIONS) {
                    summary.note(`notifications over ${MAX_NOTIFICATIONS} in one run were not sent`);
                    return;
                }
                notices += 1;
                const [title, body] = NOTICE_LABELS[kind];
                notifications.send({
                    recipients: assignees.recipientsOf(recipient),
                    target: plan.row.id,
                    title: labels.text(title, lang, [name]).slice(0, 250),
                    body: labels.text(body, lang, [formatInstant(dueAt, lang), sla]).slice(0, 750),
                    at: asOf,
                });
            };
            plan.result.actions.forEach((action, i) => {
                const reaches = prepared.reaches[i];
                summary.countAction(action.type);
                if (action.type === 'create-task') {
                    if (!reaches) {
                        summary.note(`${who}: no active user in the queue to own the first-touch task`);
                        return;
                    }
                    const due = Date.parse(action.dueAt);
                    world.insert('Task', {
                        WhoId: plan.row.id,
                        OwnerId: reaches,
                        Subject: labels.text('MA_Task_Subject', lang, [name]).slice(0, 255),
                        Description: labels.text('MA_Task_Description', lang, [formatInstant(due, lang), sla]),
                        ActivityDate: dayOf(due),
                        Status: 'Not Started',
                        IsReminderSet: true,
                        ReminderDateTime: action.dueAt,
                    });
                } else if (action.type === 'notify' || action.type === 'remind' || action.type === 'reassign') {
                    if (reaches) notice(action.type, reaches);
                } else if (action.type === 'notify-manager') {
                    if (reaches) notice(action.type, reaches);
                    else summary.note(`${who}: the owner has no manager to notify`);
                }
            });
        }
        return summaries;
    }

    /**
     * The record's writes and owners (MaLifecycleRunner.prepare); null when
     * there is nothing to write. The actions act in their order, each on the
     * owner as it stands then: a reminder and the manager's notice reach the
     * owner who let the clock run, a reassignment the new one.
     */
    function prepare(plan, assignees) {
        const { row, result, rules } = plan;
        const writes = { ...leadInput.recordWrites(result.changes), ...leadInput.differing(leadInput.answerWrites(result), row.fields) };
        const ownerBefore = row.fields.OwnerId || null;
        let owner = ownerBefore;
        const reaches = result.actions.map((action) => {
            if (action.type === 'assign') {
                owner = assignees.ownerFor(action.to, row.object);
                return null;
            }
            if (action.type === 'reassign') {
                owner = assignees.ownerFor(action.to || rules.assignee, row.object);
                return owner;
            }
            if (action.type === 'create-task') return owner ? assignees.taskOwnerFor(owner) : null;
            if (action.type === 'notify-manager') return owner ? assignees.managerOf(owner) : null;
            if (action.type === 'notify' || action.type === 'remind') return owner;
            return null;
        });
        if (Object.keys(writes).length === 0 && owner === ownerBefore) return null;
        return { writes, owner, ownerBefore, reaches };
    }

    /** Runs the engine on `ids` as a trigger does: in the writer's transaction, at the org's instant. */
    function evaluateNow(ctx, ids) {
        const targets = [...new Set(ids.filter(Boolean))];
        if (targets.length === 0) return;
        const summaries = run(createWorld(ctx), targets, Date.parse(ctx.now()), ctx.lang);
        for (const [programId, summary] of summaries) {
            // The trigger path keeps no summary on the program (as on the platform): problems go to the log.
            if (summary.errors > 0) console.warn(`MA automation (program ${programId}): ${summary.describe()}`);
        }
    }

    const recordHooks = {
        afterInsert: (record, ctx) => evaluateNow(ctx, [record.MA_Program__c ? record.Id : null]),
        afterUpdate: (record, previous, ctx) => evaluateNow(ctx, [record.MA_Program__c ? record.Id : null]),
    };
    const relatedHooks = (fields) => ({
        afterInsert: (record, ctx) => evaluateNow(ctx, fields.map((f) => record[f])),
        afterUpdate: (record, previous, ctx) => evaluateNow(ctx, fields.flatMap((f) => [record[f], previous[f]])),
        afterDelete: (record, ctx) => evaluateNow(ctx, fields.map((f) => record[f])),
    });

    return {
        triggers: { Lead: recordHooks, Contact: recordHooks, Task: relatedHooks(['WhoId']), CampaignMember: relatedHooks(['LeadId', 'ContactId']) },

        /** Evaluates the records `ids` at `asOfMs` and performs the answers (what a trigger and a run do); the summaries by program. */
        runOn: (ctx, ids, asOfMs, lang = ctx.lang) => run(createWorld(ctx), ids, asOfMs, lang),

        /**
         * One scheduled run (MaRescoreBatch): every Lead, then every Contact,
         * of every program at `ctx.now()`, then each program's Last_Run_*
         * summary. `world` may be shared by consecutive runs.
         */
        sweep(ctx, { world = createWorld(ctx), lang = ctx.lang } = {}) {
            const asOf = ctx.now();
            const ids = [...world.all('Lead'), ...world.all('Contact')].filter((r) => r.fields.MA_Program__c).map((r) => r.id);
            const summaries = run(world, ids, Date.parse(asOf), lang);
            for (const p of world.all('MA_Program__c')) world.update(p.id, (summaries.get(p.id) || createRunSummary()).programFields(asOf));
            return summaries;
        },
        createWorld,
    };
}
