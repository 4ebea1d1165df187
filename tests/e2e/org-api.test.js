// The local org behind the workbench, over HTTP as the platform modules call it:
// the rules a real org applies to a User Interface API write (stale writes
// refused with 412, unknown fields, restricted picklists, required fields,
// references, read-only system fields), the GraphQL shape the components query
// (filters, ordering, paging, relationships, validation errors), and writes that
// persist across a restart.
const { startWorkbench } = require('./support/workbench');

let workbench;
let users;

const BASE = '/services/data/v62.0';

async function call(method, path, { body, user = users.admin, lang = 'en', headers = {} } = {}) {
    const response = await fetch(`${workbench.url.replace(/\/$/, '')}${BASE}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-Workbench-User': user, 'X-Workbench-Lang': lang, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
}

const graphql = (query, variables) => call('POST', '/graphql', { body: { query, variables } });

beforeAll(async () => {
    workbench = await startWorkbench({ keep: true });
    const page = await (await fetch(workbench.url)).text();
    users = Object.fromEntries(Object.entries(JSON.parse(/<script id="wb-config" type="application\/json">(.*?)<\/script>/s.exec(page)[1]).users).map(([role, u]) => [role, u.id]));
}, 600000);

afterAll(async () => {
    if (workbench) await workbench.stop();
    require('node:fs').rmSync(workbench.dataDir, { recursive: true, force: true });
});

async function firstProgramId() {
    const r = await graphql('{ uiapi { query { MA_Program__c(first: 1) { edges { node { Id Name { value } } } } } } }');
    return r.body.data.uiapi.query.MA_Program__c.edges[0].node.Id;
}

describe('records (User Interface API rules)', () => {
    test('a write against a record changed since it was read is refused with 412 and a readable message', async () => {
        const programId = await firstProgramId();
        const read = await call('GET', `/ui-api/records/${programId}?fields=MA_Program__c.Target_Level__c`);
        expect(read.status).toBe(200);
        const seen = read.body.lastModifiedDate;
        const first = await call('PATCH', `/ui-api/records/${programId}`, { body: { fields: { Target_Level__c: 4 } }, headers: { 'If-Unmodified-Since': seen } });
        expect(first.status).toBe(200);
        expect(first.body.fields.Target_Level__c.value).toBe(4);
        expect(first.body.lastModifiedById).toBe(users.admin);
        const stale = await call('PATCH', `/ui-api/records/${programId}`, { body: { fields: { Target_Level__c: 5 } }, headers: { 'If-Unmodified-Since': seen } });
        expect(stale.status).toBe(412);
        expect(stale.body.errorCode).toBe('PRECONDITION_FAILED');
        expect(stale.body.output.errors[0].message).toMatch(/changed by someone else/);
        const after = await call('GET', `/ui-api/records/${programId}?fields=MA_Program__c.Target_Level__c`);
        expect(after.body.fields.Target_Level__c.value).toBe(4);
        // Without the precondition the same write goes through.
        expect((await call('PATCH', `/ui-api/records/${programId}`, { body: { fields: { Target_Level__c: 3 } } })).status).toBe(200);
    });

    test('field rules: unknown field, restricted picklist, required master, bad reference, read-only, too long, name fields', async () => {
        const programId = await firstProgramId();
        const create = (fields) => call('POST', '/ui-api/records', { body: { apiName: 'MA_Task__c', fields } });
        const codeOf = (r) => Object.values(r.body.output.fieldErrors)[0][0].errorCode;
        let r = await create({ Program__c: programId, Name: 'x', Nope__c: 1 });
        expect([r.status, codeOf(r)]).toEqual([400, 'INVALID_FIELD']);
        r = await create({ Program__c: programId, Name: 'x', Status__c: 'Finished' });
        expect([r.status, codeOf(r)]).toEqual([400, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST']);
        r = await create({ Name: 'x' });
        expect([r.status, codeOf(r)]).toEqual([400, 'REQUIRED_FIELD_MISSING']);
        r = await create({ Program__c: users.admin, Name: 'x' });
        expect([r.status, codeOf(r)]).toEqual([400, 'INVALID_CROSS_REFERENCE_KEY']);
        r = await create({ Program__c: programId, Name: 'x', LastModifiedDate: '2020-01-01T00:00:00Z' });
        expect([r.status, codeOf(r)]).toEqual([400, 'INVALID_FIELD_FOR_INSERT_UPDATE']);
        r = await create({ Program__c: programId, Name: 'x'.repeat(81) });
        expect([r.status, codeOf(r)]).toEqual([400, 'STRING_TOO_LONG']);
        // A Text name field is required; an auto-number name is the org's to set.
        r = await create({ Program__c: programId, Status__c: 'Not_Started' });
        expect([r.status, codeOf(r), Object.keys(r.body.output.fieldErrors)[0]]).toEqual([400, 'REQUIRED_FIELD_MISSING', 'Name']);
        const diagnosis = await call('POST', '/ui-api/records', { body: { apiName: 'MA_Diagnosis__c', fields: { Program__c: programId, Level__c: 1 } } });
        expect(diagnosis.status).toBe(201);
        expect(diagnosis.body.fields.Name.value).toMatch(/^D-\d{5}$/);
        r = await call('POST', '/ui-api/records', { body: { apiName: 'MA_Diagnosis__c', fields: { Program__c: programId, Name: 'D-1' } } });
        expect([r.status, codeOf(r)]).toEqual([400, 'INVALID_FIELD_FOR_INSERT_UPDATE']);
        r = await create({ Program__c: programId, Name: '新しいタスク', Status__c: 'Not_Started', Due_Date__c: '2026-12-01' });
        expect(r.status).toBe(201);
        expect(r.body.id).toMatch(/^[a-zA-Z0-9]{18}$/);
        expect((await call('DELETE', `/ui-api/records/${r.body.id}`)).status).toBe(204);
        expect((await call('GET', `/ui-api/records/${r.body.id}?fields=MA_Task__c.Name`)).status).toBe(404);
    });

    test('getRecord: required fields must exist, optional ones may not; spanning fields follow lookups', async () => {
        const programId = await firstProgramId();
        const d = await graphql('query q($p: ID) { uiapi { query { MA_Diagnosis__c(where: { Program__c: { eq: $p } }, orderBy: { Taken_At__c: { order: DESC } }, first: 1) { edges { node { Id } } } } } }', { p: programId });
        const id = d.body.data.uiapi.query.MA_Diagnosis__c.edges[0].node.Id;
        const bad = await call('GET', `/ui-api/records/${id}?fields=MA_Diagnosis__c.Nope__c`);
        expect(bad.status).toBe(400);
        expect(bad.body[0].errorCode).toBe('INVALID_FIELD');
        const ok = await call('GET', `/ui-api/records/${id}?fields=MA_Diagnosis__c.Level__c,MA_Diagnosis__c.Program__r.Name&optionalFields=MA_Diagnosis__c.Nope__c`);
        expect(ok.status).toBe(200);
        expect(ok.body.fields.Level__c.value).toBe(2);
        expect(ok.body.fields.Program__r.value.fields.Name.value).toBe('産業機器事業部');
        expect(ok.body.fields.Nope__c).toBeUndefined();
    });

    test('an unknown caller is refused', async () => {
        const r = await call('GET', '/ui-api/records/000000000000000AAA?fields=User.Name', { user: '005000000000999AAA' });
        expect(r.status).toBe(401);
    });
});

describe('GraphQL (UI API shape)', () => {
    test('filters, ordering, paging and totalCount over the sample leads', async () => {
        const q = `query leads($after: String) { uiapi { query {
            Lead(where: { and: [{ MA_Score__c: { gte: 50 } }, { Industry: { in: ["Machinery", "Automotive"] } }] },
                 orderBy: { MA_Score__c: { order: DESC } }, first: 5, after: $after) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { node { Id MA_Score__c { value } Industry { value displayValue } } } } } } }`;
        const page1 = await graphql(q, {});
        const conn = page1.body.data.uiapi.query.Lead;
        expect(conn.totalCount).toBeGreaterThan(5);
        const scores = conn.edges.map((e) => e.node.MA_Score__c.value);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(scores.every((s) => s >= 50)).toBe(true);
        expect(conn.edges.every((e) => ['Machinery', 'Automotive'].includes(e.node.Industry.value))).toBe(true);
        const page2 = (await graphql(q, { after: conn.pageInfo.endCursor })).body.data.uiapi.query.Lead;
        expect(page2.edges[0].node.MA_Score__c.value).toBeLessThanOrEqual(scores[4]);
        expect(page2.edges.map((e) => e.node.Id)).not.toContain(conn.edges[4].node.Id);
    });

    test('relationships both ways: the campaign of a member, the tasks of a lead', async () => {
        const r = await graphql(`{ uiapi { query { CampaignMember(where: { Status: { eq: "Attended" } }, first: 3) {
            edges { node { Status { value } Campaign { Name { value } Type { value } } Lead { Company { value } } } } } } } }`);
        const nodes = r.body.data.uiapi.query.CampaignMember.edges.map((e) => e.node);
        expect(nodes.length).toBe(3);
        expect(nodes.every((n) => n.Campaign.Name.value && n.Lead.Company.value)).toBe(true);
        const withTasks = await graphql(`{ uiapi { query { Lead(where: { MA_SAL_At__c: { ne: null } }, first: 1) { edges { node { Id Tasks(first: 50) { edges { node { Subject { value } WhoId { value } } } } } } } } } }`);
        const lead = withTasks.body.data.uiapi.query.Lead.edges[0].node;
        expect(lead.Tasks.edges.length).toBeGreaterThan(0);
        expect(lead.Tasks.edges.every((e) => e.node.WhoId.value === lead.Id)).toBe(true);
    });

    test('an unknown object or field is a validation error that names it, as in the org', async () => {
        let r = await graphql('{ uiapi { query { Opportunity(first: 1) { edges { node { Id } } } } } }');
        expect(r.body.data).toBeNull();
        expect(r.body.errors[0].message).toMatch(/Field 'Opportunity' in type 'RecordQuery' is undefined/);
        r = await graphql('{ uiapi { query { Lead(first: 1) { edges { node { Budget__c { value } } } } } } }');
        expect(r.body.errors[0].message).toMatch(/Budget__c/);
        r = await graphql('{ uiapi { query { Lead(first: 3000) { edges { node { Id } } } } } }');
        expect(r.body.errors[0].message).toMatch(/first/);
        r = await graphql('{ uiapi { query { Lead(first: 1 { edges } } }');
        expect(r.body.errors[0].message).toMatch(/Syntax/);
    });
});

describe('GraphQL bounds and malformed input', () => {
    const leads = (where) => graphql('query q($w: Lead_Filter) { uiapi { query { Lead(where: $w, first: 5) { edges { node { Id Company { value } } } } } } }', { w: where });

    test('a malformed where answers 400 with a message naming what is wrong, never 500', async () => {
        for (const [where, message] of [
            [{ and: 5 }, /where\.and: expected a list of conditions, got 5/],
            [{ or: [] }, /where\.or: expected a list of conditions/],
            [{ not: 'x' }, /where\.not: expected a condition/],
            [{ Company: 5 }, /where\.Company: expected operators/],
            [{ Company: { in: 'a' } }, /where\.Company\.in: expected a list of values/],
            [{ Company: { like: 5 } }, /where\.Company\.like: expected a text pattern/],
            [{ Company: { eq: { nested: true } } }, /where\.Company\.eq: expected a single value/],
            [{ Company: { near: 'x' } }, /unknown filter operator 'near'/],
        ]) {
            const r = await leads(where);
            expect([JSON.stringify(where), r.status]).toEqual([JSON.stringify(where), 400]);
            expect(r.body.errors[0].message).toMatch(message);
        }
        let deep = { Company: { eq: 'x' } };
        for (let i = 0; i < 20; i += 1) deep = { not: deep };
        expect((await leads(deep)).body.errors[0].message).toMatch(/nested more than 16 levels deep/);
        const badOrder = await graphql('{ uiapi { query { Lead(orderBy: { Company: { order: SIDEWAYS } }, first: 1) { edges { node { Id } } } } } }');
        expect(badOrder.status).toBe(400);
    });

    test('like keeps SOQL semantics (% any run, _ one character, case-insensitive) and a pathological pattern answers', async () => {
        const all = (await graphql('{ uiapi { query { Lead(first: 2000) { edges { node { Company { value } } } } } } }')).body.data.uiapi.query.Lead.edges.map((e) => e.node.Company.value);
        const company = all[0];
        const found = async (pattern) => (await leads({ Company: { like: pattern } })).body.data.uiapi.query.Lead.edges.map((e) => e.node.Company.value);
        expect(await found(company)).toContain(company);
        expect(await found(`%${company.slice(1, -1)}%`)).toContain(company);
        expect(await found(`_${company.slice(1)}`)).toContain(company);
        expect(await found(`${company.slice(0, -1)}`)).not.toContain(company);
        expect(await found('%%%%%%%%%%%%!')).toEqual([]);
        const r = await leads({ Company: { like: `${'%'.repeat(60)}${'_'.repeat(60)}!` } });
        expect(r.status).toBe(200);
    });

    test('relationships nest at most five levels, and an answer holds at most 10,000 records', async () => {
        const deep = await graphql('{ uiapi { query { MA_Task__c(first: 1) { edges { node { Program__r { Current_Definition_Set__r { Program__r { Current_Definition_Set__r { Program__r { Current_Definition_Set__r { Id } } } } } } } } } } } }');
        expect(deep.status).toBe(400);
        expect(deep.body.errors[0].message).toMatch(/relationships nest at most 5 levels deep/);
        // The sample org's leads, asked for forty times over in one query.
        const many = await graphql(`{ uiapi { query { ${Array.from({ length: 40 }, (_, i) => `l${i}: Lead(first: 2000) { edges { node { Id } } }`).join(' ')} } } }`);
        expect(many.status).toBe(400);
        expect(many.body.errors[0].message).toMatch(/more than 10000 records/);
    });

    test('a fragment that spreads itself is refused', async () => {
        const r = await graphql('query q { uiapi { query { Lead(first: 1) { edges { node { ...A } } } } } } fragment A on Lead { Id ...A }');
        expect(r.status).toBe(400);
    });
});

describe('the org enforces its metadata', () => {
    test('a plan task key is unique per program (DUPLICATE_VALUE), and free in another program', async () => {
        const programId = await firstProgramId();
        const task = (program, key) => call('POST', '/ui-api/records', { body: { apiName: 'MA_Task__c', fields: { Program__c: program, Name: key, Task_Key__c: key, Status__c: 'Not_Started' } } });
        const first = await task(programId, 'duplicate-me');
        expect(first.status).toBe(201);
        expect(first.body.fields.Program_Task_Key__c.value).toBe(`${programId}:duplicate-me`);
        const again = await task(programId, 'duplicate-me');
        expect(again.status).toBe(400);
        expect(again.body.output.errors[0]).toEqual(expect.objectContaining({ errorCode: 'DUPLICATE_VALUE', message: expect.stringMatching(/^duplicate value found: Program_Task_Key__c duplicates value on record with id: /) }));
        const other = await call('POST', '/ui-api/records', { body: { apiName: 'MA_Program__c', fields: { Name: 'もう一つのプログラム' } } });
        expect((await task(other.body.id, 'duplicate-me')).status).toBe(201);
        // Nothing the org fills in may be written by anyone, the admin included.
        const forged = await call('PATCH', `/ui-api/records/${first.body.id}`, { body: { fields: { Program_Task_Key__c: 'x' } } });
        expect(forged.body.output.fieldErrors.Program_Task_Key__c[0].errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
    });

    test('a sign-off answers the validation rule of the metadata, on its field and in the user\'s language', async () => {
        const programId = await firstProgramId();
        const sets = await graphql('query q($p: ID) { uiapi { query { MA_Definition_Set__c(where: { Program__c: { eq: $p } }, orderBy: { Version__c: { order: DESC } }, first: 1) { edges { node { Id Version__c { value } } } } } } }', { p: programId });
        const set = sets.body.data.uiapi.query.MA_Definition_Set__c.edges[0].node;
        const signAsMarketing = (lang) =>
            call('POST', '/ui-api/records', {
                body: { apiName: 'MA_Sign_Off__c', fields: { Definition_Set__c: set.Id, Role__c: 'sales', Signed_By__c: users.marketing, Version__c: set.Version__c.value } },
                user: users.sales,
                lang,
            });
        const ja = await signAsMarketing('ja');
        expect(ja.status).toBe(400);
        expect(ja.body.errorCode).toBe('FIELD_CUSTOM_VALIDATION_EXCEPTION');
        expect(ja.body.output.fieldErrors.Signed_By__c[0].message).toBe('署名できるのは本人だけです。署名者はログイン中のユーザーにしてください。');
        const en = await signAsMarketing('en');
        expect(en.body.output.fieldErrors.Signed_By__c[0].message).toBe('You can sign only as yourself: Signed By must be the signed-in user.');
    });
});

test('writes persist across a restart of the workbench', async () => {
    const programId = await firstProgramId();
    await call('PATCH', `/ui-api/records/${programId}`, { body: { fields: { Business_Unit__c: '再起動後も残る' } } });
    await workbench.stop();
    workbench = await startWorkbench({ reuse: workbench.dataDir });
    const r = await call('GET', `/ui-api/records/${programId}?fields=MA_Program__c.Business_Unit__c`);
    expect(r.body.fields.Business_Unit__c.value).toBe('再起動後も残る');
});
