// The local org's automation (salesforce-lwc/workbench/org/lifecycle.mjs and
// its parts) checked directly: every golden `evaluate` case with a
// Salesforce block runs through the org as the Apex runner would run it (the
// case's Lead record with its Tasks in a program holding the golden program),
// and the record must hold exactly the case's `writes` afterwards, the owner
// the handoff rules name, a first-touch Task and the notifications the
// actions ask for; then the assignees, the notifications API, the schedule
// and the clock on their own.
const path = require('node:path');
const { mkdtempSync, rmSync } = require('node:fs');
const os = require('node:os');
const { runModule, org } = require('./esm');

const GOLDEN = path.resolve(__dirname, '..', 'cases', 'golden.json');

/** Opens a fresh local org in a temp folder with users, roles, queues and the golden program; `body` runs with them in scope. */
function withOrg(body) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ma-automation-'));
    try {
        return runModule(`
            import { readFileSync } from 'node:fs';
            import { openOrg } from ${org('server/server.mjs')};
            const golden = JSON.parse(readFileSync(${JSON.stringify(GOLDEN)}, 'utf8'));
            const org = await openOrg(${JSON.stringify(dir)});
            const seed = (apiName, fields, at) => org.seed(apiName, fields, { at });
            const admin = seed('User', { LastName: 'Admin', Username: 'admin@example.test', IsActive: true, LanguageLocaleKey: 'en_US' });
            const manager = seed('User', { LastName: 'Manager', Username: 'manager@example.test', IsActive: true });
            const role = seed('UserRole', { Name: 'Inside sales', DeveloperName: 'insideSales' });
            const rep = seed('User', { LastName: 'Rep', Username: 'rep@example.test', IsActive: true, ManagerId: manager, UserRoleId: role });
            const backup = seed('User', { LastName: 'Backup', Username: 'backup@example.test', IsActive: true, UserRoleId: role });
            const queue = seed('Group', { Name: 'IS', DeveloperName: 'MA_Inside_Sales', Type: 'Queue' });
            const fallback = seed('Group', { Name: 'IS leads', DeveloperName: 'MA_Inside_Sales_Leads', Type: 'Queue' });
            seed('GroupMember', { GroupId: queue, UserOrGroupId: rep });
            seed('GroupMember', { GroupId: fallback, UserOrGroupId: backup });
            // One program record per golden program, its agreed set in force (each case names its program).
            const programs = Object.fromEntries(Object.entries(golden.programs).map(([name, source]) => {
                const record = seed('MA_Program__c', {
                    Name: name, Scoring_Model__c: JSON.stringify(source.program.model), Handoff_Rules__c: JSON.stringify(source.program.handoff),
                    Field_Mapping__c: JSON.stringify(source.salesforce.fieldMapping),
                });
                const version = source.program.definitions.version;
                const set = seed('MA_Definition_Set__c', { Program__c: record, Name: 'v' + version, Version__c: version, State__c: 'agreed', Definitions__c: JSON.stringify(source.program.definitions) });
                org.store.update(record, { ...org.store.get(record).fields, Current_Definition_Set__c: set });
                return [name, record];
            }));
            const program = programs.b2b;
            ${body}
        `);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

describe('golden evaluate cases through the local org\'s automation', () => {
    const cases = require(GOLDEN).evaluate.filter((c) => c.salesforce);
    let results;

    beforeAll(() => {
        results = withOrg(`
            const out = {};
            for (const c of golden.evaluate.filter((x) => x.salesforce)) {
                const { Industry, ...fields } = c.salesforce.record;
                // An assigned lead is the rep's (the queue's member); a new one is still the admin's.
                const lead = seed('Lead', { LastName: c.lead.id, Company: 'Golden KK', MA_Program__c: programs[c.program ?? 'b2b'], OwnerId: fields.MA_Assigned_At__c ? rep : admin, ...fields });
                // As the org stores it: the golden industry is a value of the case, not of this org's picklist.
                if (Industry !== undefined) org.store.update(lead, { ...org.store.get(lead).fields, Industry });
                for (const t of c.salesforce.tasks || []) seed('Task', { ...t, WhoId: lead, OwnerId: admin });
                const before = org.store.get(lead).fields;
                const tasksBefore = org.store.all('Task').length;
                org.runAutomation(admin, 'en', (ctx) => org.lifecycle.runOn(ctx, [lead], Date.parse(c.asOf)));
                const after = org.store.get(lead).fields;
                const changed = Object.fromEntries(Object.keys(after).filter((k) => k.startsWith('MA_') && JSON.stringify(after[k]) !== JSON.stringify(before[k])).map((k) => [k, after[k]]));
                const tasks = org.store.all('Task').slice(tasksBefore).map((t) => ({ owner: t.fields.OwnerId, day: t.fields.ActivityDate, reminder: t.fields.ReminderDateTime, subject: t.fields.Subject }));
                const notices = [rep, backup, manager].flatMap((u) => org.notifications.list(u, 50).notifications.filter((n) => n.target === lead).map((n) => ({ to: u === rep ? 'rep' : u === backup ? 'backup' : 'manager', title: n.messageTitle })));
                // Run again at the same instant: nothing more to write or do.
                org.runAutomation(admin, 'en', (ctx) => org.lifecycle.runOn(ctx, [lead], Date.parse(c.asOf)));
                const again = org.store.get(lead).fields;
                out[c.name] = {
                    changed, tasks, notices,
                    owner: after.OwnerId === queue ? 'queue' : after.OwnerId === fallback ? 'fallback' : after.OwnerId === before.OwnerId ? 'unchanged' : after.OwnerId,
                    againSame: JSON.stringify(again) === JSON.stringify(after),
                    tasksAgain: org.store.all('Task').length - tasksBefore,
                };
            }
            console.log(JSON.stringify(out));
        `);
    });

    it('has Salesforce cases to run', () => {
        expect(cases.length).toBeGreaterThan(0);
    });

    it.each(cases.map((c) => [c.name, c]))('%s', (name, c) => {
        const r = results[c.name];
        const facts = Object.fromEntries(Object.entries(r.changed).filter(([k]) => k in c.salesforce.writes || ['MA_Score__c', 'MA_Grade__c', 'MA_MQL_At__c', 'MA_Definition_Version__c', 'MA_Assigned_At__c', 'MA_Escalation_Step__c', 'MA_Recycled_At__c'].includes(k)));
        const asInstants = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k.endsWith('_At__c') && v ? Date.parse(v) : v]));
        // The engine's facts written are exactly the case's writes; its other answers are written beside them.
        expect(asInstants(facts)).toEqual(asInstants(c.salesforce.writes));
        expect(Date.parse(r.changed.MA_Evaluated_At__c)).toBe(Date.parse(c.asOf));
        expect(r.changed.MA_Stage__c ?? null).not.toBe(undefined);
        const types = c.expect.actions.map((a) => a.type);
        const assigned = types.includes('reassign') ? 'fallback' : types.includes('assign') ? 'queue' : 'unchanged';
        expect(r.owner).toBe(assigned);
        const taskActions = c.expect.actions.filter((a) => a.type === 'create-task');
        expect(r.tasks.map((t) => [t.owner, Date.parse(t.reminder)])).toEqual(taskActions.map((a) => [expect.any(String), Date.parse(a.dueAt)]));
        const noticeCount = types.filter((t) => ['notify', 'remind', 'notify-manager', 'reassign'].includes(t)).length;
        expect(r.notices).toHaveLength(noticeCount);
        expect([r.againSame, r.tasksAgain]).toEqual([true, taskActions.length]);
    });

    it('words each notice with the org\'s custom labels and sends it to whom the step names', () => {
        const remindAndMore = cases.find((c) => c.expect.actions.some((a) => a.type === 'reassign'));
        expect(results[remindAndMore.name].notices).toEqual([
            { to: 'rep', title: expect.stringMatching(/^Reminder: first touch for /) },
            { to: 'backup', title: expect.stringMatching(/^MQL reassigned to you: /) },
            { to: 'manager', title: expect.stringMatching(/^Escalation: /) },
        ]);
        const assigned = cases.find((c) => c.expect.actions.some((a) => a.type === 'create-task'));
        expect(results[assigned.name].tasks[0].subject).toMatch(/^MA: first touch of MQL /);
    });
});

describe('assignees, as MaAssignees resolves them', () => {
    test('a role goes to its member with the fewest open MQLs, a lead that never became MQL counting for no one; a Contact is never a queue\'s', () => {
        const answer = withOrg(`
            const lead = (owner, extra) => seed('Lead', { LastName: 'L', Company: 'C', OwnerId: owner, ...extra });
            lead(rep, { MA_MQL_At__c: '2026-11-01T00:00:00Z', MA_Handoff_Status__c: 'on-time' });
            lead(backup, { MA_Handoff_Status__c: 'waiting' });
            lead(backup, { MA_Handoff_Status__c: 'waiting' });
            const { createAssignees } = await import(${org('org/assignees.mjs')});
            const result = org.runAutomation(admin, 'en', (ctx) => {
                const a = createAssignees(org.lifecycle.createWorld(ctx));
                const errorOf = (fn) => { try { fn(); return null; } catch (e) { return e.message; } };
                return {
                    first: a.ownerFor({ kind: 'role', value: 'insideSales' }, 'Lead') === backup,
                    // This run's assignment counts at once: now both have one.
                    second: a.ownerFor({ kind: 'role', value: 'insideSales' }, 'Lead') === rep,
                    user: a.ownerFor({ kind: 'user', value: 'manager@example.test' }, 'Contact') === manager,
                    userById: a.ownerFor({ kind: 'user', value: manager.slice(0, 15) }, 'Lead') === manager,
                    queue: a.ownerFor({ kind: 'queue', value: 'MA_Inside_Sales' }, 'Lead') === queue,
                    queueTask: a.taskOwnerFor(queue) === rep,
                    queueNotice: JSON.stringify(a.recipientsOf(queue)) === JSON.stringify([rep]),
                    manager: a.managerOf(rep) === manager,
                    noManager: a.managerOf(queue),
                    contactQueue: errorOf(() => a.ownerFor({ kind: 'queue', value: 'MA_Inside_Sales' }, 'Contact')),
                    missing: errorOf(() => a.ownerFor({ kind: 'role', value: 'ghosts' }, 'Lead')),
                };
            });
            console.log(JSON.stringify(result));
        `);
        expect(answer).toEqual({
            first: true,
            second: true,
            user: true,
            userById: true,
            queue: true,
            queueTask: true,
            queueNotice: true,
            manager: true,
            noManager: null,
            contactQueue: 'handoff.assignee: a Contact cannot be owned by a queue ("MA_Inside_Sales"); name a user or a role',
            missing: 'handoff: no active role "ghosts" in this org',
        });
    });

    test('a program the engine refuses is an error naming the field, and nothing of its records is written', () => {
        const answer = withOrg(`
            org.store.update(program, { ...org.store.get(program).fields, Handoff_Rules__c: '{"assignee": {"kind": "team", "value": "x"}}' });
            const lead = seed('Lead', { LastName: 'L', Company: 'C', MA_Program__c: program, NumberOfEmployees: 5000 });
            const before = JSON.stringify(org.store.get(lead).fields);
            const summaries = org.runAutomation(admin, 'en', (ctx) => org.lifecycle.runOn(ctx, [lead], Date.parse('2026-11-27T00:00:00Z')));
            const s = summaries.get(program);
            console.log(JSON.stringify({ errors: s.errors, message: s.describe(), same: JSON.stringify(org.store.get(lead).fields) === before }));
        `);
        expect(answer.errors).toBe(1);
        expect(answer.message).toMatch(/^Program b2b: handoff\.assignee\.kind: /);
        expect(answer.same).toBe(true);
    });
});

describe('the scheduled run and the clock', () => {
    test('moving the clock runs the job at every quarter hour passed and where it lands, writes the summary on the program, and never goes back', () => {
        const answer = withOrg(`
            const before = org.clock.now().getTime();
            org.store.setMeta('users', JSON.stringify({ admin }));
            const state = org.schedule.advance(61 * 60000);
            const quarters = [];
            for (let at = Math.floor(before / 900000) * 900000 + 900000; at < before + 61 * 60000; at += 900000) quarters.push(at);
            const p = org.store.get(program).fields;
            org.clock.moveTo(before);
            console.log(JSON.stringify({
                moved: Math.round((org.clock.now().getTime() - before) / 60000),
                offsetMinutes: state.offsetMinutes,
                lastRun: Date.parse(state.lastRunAt) - before,
                quarters: quarters.length,
                summary: [p.Last_Run_At__c === state.lastRunAt, p.Last_Run_Evaluated__c, p.Last_Run_Errors__c],
                tooFar: (() => { try { org.schedule.advance(32 * 24 * 60 * 60000); return 'moved'; } catch (e) { return e.message; } })(),
                tickSoon: org.schedule.tick(),
            }));
        `);
        expect(answer.moved).toBe(61);
        expect(answer.offsetMinutes).toBe(61);
        expect(answer.lastRun).toBeGreaterThanOrEqual(61 * 60000);
        expect(answer.quarters).toBeGreaterThanOrEqual(4);
        expect(answer.summary).toEqual([true, 0, 0]);
        expect(answer.tooFar).toBe('minutes: the clock moves forward by 1 minute to 31 days at a time');
        // The last run was just now: the next quarter hour has not come.
        expect(answer.tickSoon).toBeNull();
    });
});

describe('notifications, in the Connect API\'s shape', () => {
    test('a recipient lists only their own, newest first; read and seen are marked, bad input named', () => {
        const answer = withOrg(`
            const n = org.notifications;
            n.send({ recipients: [rep, backup], target: '00Q000000000001AAA', title: 'A', body: 'a', at: '2026-11-27T00:00:00.000Z' });
            n.send({ recipients: [rep], target: '00Q000000000002AAA', title: 'B', body: 'b', at: '2026-11-27T00:15:00.000Z' });
            const listed = n.list(rep).notifications.map((x) => [x.messageTitle, x.read, x.seen]);
            const status = n.status(rep);
            const read = n.update(rep, { notificationIds: [n.list(rep).notifications[1].id], read: true }, '2026-11-27T01:00:00.000Z').notifications.map((x) => [x.messageTitle, x.read, x.seen]);
            const errorOf = (body) => { try { n.update(rep, body, '2026-11-27T01:00:00.000Z'); return null; } catch (e) { return e.message; } };
            console.log(JSON.stringify({
                listed, status, read, after: n.status(rep), backup: n.list(backup).notifications.map((x) => x.messageTitle),
                errors: [errorOf({}), errorOf({ read: 'yes' }), errorOf({ read: true, seen: false }), errorOf({ read: true, before: 'x' }), errorOf({ read: true, notificationIds: ['1'], before: '2026-11-27T00:00:00Z' })],
            }));
        `);
        expect(answer.listed).toEqual([['B', false, false], ['A', false, false]]);
        expect(answer.status).toEqual({ unreadCount: 2, unseenCount: 2 });
        expect(answer.read).toEqual([['A', true, true]]);
        expect(answer.after).toEqual({ unreadCount: 1, unseenCount: 1 });
        expect(answer.backup).toEqual(['A']);
        expect(answer.errors).toEqual([
            'read or seen: give at least one (true or false)',
            'read, seen: expected true or false',
            'seen: a notification marked read is seen too',
            'before: expected an ISO 8601 date and time',
            'notificationIds, before: give one of them, not both',
        ]);
    });
});

describe('list views, read from force-app', () => {
    test('the Lead views force-app ships, with their columns and filters; an operation the list does not play stops it, naming the view', () => {
        const planted = mkdtempSync(path.join(os.tmpdir(), 'ma-listviews-'));
        try {
            const dir = path.join(planted, 'objects', 'Lead', 'listViews');
            require('node:fs').mkdirSync(dir, { recursive: true });
            require('node:fs').writeFileSync(
                path.join(dir, 'Hot.listView-meta.xml'),
                '<?xml version="1.0" encoding="UTF-8"?><ListView xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>Hot</fullName><columns>FULL_NAME</columns><filterScope>Everything</filterScope><filters><field>MA_Grade__c</field><operation>contains</operation><value>A</value></filters><label>Hot</label></ListView>'
            );
            const answer = runModule(`
                import { loadListViews } from ${org('org/listViews.mjs')};
                const forceAppDir = ${JSON.stringify(path.resolve(__dirname, '..', '..', 'salesforce-lwc', 'force-app', 'main', 'default'))};
                let planted;
                try { loadListViews({ forceAppDir: ${JSON.stringify(planted)}, objectApiName: 'Lead' }); planted = 'read'; } catch (e) { planted = e.message; }
                console.log(JSON.stringify({ views: loadListViews({ forceAppDir, objectApiName: 'Lead' }), planted }));
            `);
            expect(answer.views.map((v) => [v.name, v.filters])).toEqual([
                ['MA_MQL_Queue', [{ field: 'MA_Stage__c', operator: 'eq', value: 'mql' }]],
                ['MA_Recycled', [{ field: 'MA_Stage__c', operator: 'eq', value: 'recycled' }]],
                ['MA_SLA_Breached', [{ field: 'MA_Handoff_Status__c', operator: 'eq', value: 'breached' }]],
            ]);
            expect(answer.views[0].columns).toEqual(['FULL_NAME', 'MA_Score__c', 'MA_Grade__c', 'MA_Handoff_Status__c', 'MA_First_Touch_Due_At__c', 'MA_MQL_At__c', 'MA_Program__c']);
            expect(answer.planted).toBe('list view Lead.Hot: the workbench does not play the filter operation contains');
        } finally {
            rmSync(planted, { recursive: true, force: true });
        }
    });
});
