// The local org's own modules, checked directly: the formula subset of the
// validation rules (and the start-up error for anything outside it), the
// permission sets read from force-app, the like matcher, and the guards that
// keep the server private.
const path = require('node:path');
const { runModule, org } = require('./esm');

const FORCE_APP = path.resolve(__dirname, '..', '..', 'salesforce-lwc', 'force-app', 'main', 'default');
const PLANTED = path.resolve(__dirname, '..', '..', 'salesforce-lwc', 'test', 'fixtures', 'broken-workbench', 'force-app', 'main', 'default');

describe('validation rules', () => {
    test('a rule outside the formula subset stops the local org from opening, naming the rule and the function', () => {
        const answer = runModule(`
            import { loadSchema } from ${org('org/schema.mjs')};
            import { loadSecurity } from ${org('org/security.mjs')};
            import { createOrg } from ${org('org/org.mjs')};
            const schema = loadSchema({ forceAppDir: ${JSON.stringify(PLANTED)} });
            const security = loadSecurity({ forceAppDir: ${JSON.stringify(PLANTED)} });
            try { createOrg({ schema, store: null, security }); console.log(JSON.stringify({ opened: true })); }
            catch (e) { console.log(JSON.stringify({ error: e.message })); }
        `);
        expect(answer.error).toMatch(/^validation rule Gadget__c\.Code_Looks_Right uses the function REGEX, which the workbench's formula subset does not have/);
    });

    test('an unknown field, relationship or custom permission in a formula is a start-up error too', () => {
        const answer = runModule(`
            import { loadSchema } from ${org('org/schema.mjs')};
            import { compileRule } from ${org('org/formula.mjs')};
            const schema = loadSchema({ forceAppDir: ${JSON.stringify(FORCE_APP)} });
            const info = schema.objects.get('MA_Sign_Off__c');
            const customPermissions = new Set(['MA_Sign_Sales']);
            const errors = ['Typo__c = 1', 'Nope__r.Version__c = 1', 'NOT($Permission.MA_Sign_Ghost)', '$User.Email = "x"', "Role__c ~ 'x'"].map((formula) => {
                try { compileRule({ name: 'R', formula }, { info, schema, customPermissions }); return 'compiled'; } catch (e) { return e.message; }
            });
            console.log(JSON.stringify(errors));
        `);
        expect(answer).toEqual([
            'validation rule MA_Sign_Off__c.R uses Typo__c: MA_Sign_Off__c has no field Typo__c',
            'validation rule MA_Sign_Off__c.R uses Nope__r.Version__c: MA_Sign_Off__c has no relationship Nope__r',
            'validation rule MA_Sign_Off__c.R uses $Permission.MA_Sign_Ghost: force-app defines no custom permission MA_Sign_Ghost',
            'validation rule MA_Sign_Off__c.R uses $User.Email: of $User the workbench\'s formula subset has Id only',
            'validation rule MA_Sign_Off__c.R uses the character "~" at 9, which the workbench\'s formula subset does not have',
        ]);
    });

    test('the project\'s sign-off rules decide as the platform would, from the record, its parent and the user', () => {
        const answer = runModule(`
            import { loadSchema } from ${org('org/schema.mjs')};
            import { loadSecurity } from ${org('org/security.mjs')};
            import { compileRule } from ${org('org/formula.mjs')};
            const schema = loadSchema({ forceAppDir: ${JSON.stringify(FORCE_APP)} });
            const { customPermissions } = loadSecurity({ forceAppDir: ${JSON.stringify(FORCE_APP)} });
            const info = schema.objects.get('MA_Sign_Off__c');
            const rule = (name) => compileRule(info.validationRules.find((r) => r.name === name), { info, schema, customPermissions });
            const set = { id: 'a0S', fields: { Version__c: 3 } };
            const ctx = (record, held = [], isNew = true) => ({ record: { Definition_Set__c: 'a0S', ...record }, isNew, userId: '005A', customPermissions: new Set(held), load: (id) => (id === 'a0S' ? set : null) });
            const holds = rule('Signer_Holds_Department');
            const self = rule('Signer_Is_Signed_In_User');
            const version = rule('Signs_The_Set_Version');
            const final = rule('Sign_Off_Is_Final');
            console.log(JSON.stringify({
                salesAsSales: holds.fires(ctx({ Role__c: 'sales' }, ['MA_Sign_Sales'])),
                salesAsMarketing: holds.fires(ctx({ Role__c: 'marketing' }, ['MA_Sign_Sales'])),
                noRole: holds.fires(ctx({ Role__c: null }, ['MA_Sign_Sales'])),
                asMe: self.fires(ctx({ Signed_By__c: '005A' })),
                asOther: self.fires(ctx({ Signed_By__c: '005B' })),
                asNobody: self.fires(ctx({ Signed_By__c: null })),
                rightVersion: version.fires(ctx({ Version__c: 3 })),
                wrongVersion: version.fires(ctx({ Version__c: 2 })),
                blankVersion: version.fires(ctx({ Version__c: null })),
                onInsert: final.fires(ctx({}, [], true)),
                onUpdate: final.fires(ctx({}, [], false)),
                messageJa: info.validationRules.find((r) => r.name === 'Signer_Is_Signed_In_User').message.ja,
            }));
        `);
        expect(answer).toEqual({
            salesAsSales: false,
            salesAsMarketing: true,
            noRole: true,
            asMe: false,
            asOther: true,
            asNobody: true,
            rightVersion: false,
            wrongVersion: true,
            // A comparison with a blank number is blank: the rule does not fire (the field's own checks do).
            blankVersion: false,
            onInsert: false,
            onUpdate: true,
            messageJa: '署名できるのは本人だけです。署名者はログイン中のユーザーにしてください。',
        });
    });
});

describe('permission sets read from force-app', () => {
    test('a member reads but cannot edit a set\'s state or the program\'s set in force; an admin can; no one creates users', () => {
        const answer = runModule(`
            import { loadSchema } from ${org('org/schema.mjs')};
            import { loadSecurity, accessFor } from ${org('org/security.mjs')};
            const schema = loadSchema({ forceAppDir: ${JSON.stringify(FORCE_APP)} });
            const security = loadSecurity({ forceAppDir: ${JSON.stringify(FORCE_APP)} });
            const sales = accessFor(security, ['MA_Maturity_Member', 'MA_Department_Sales']);
            const admin = accessFor(security, ['MA_Maturity_Admin']);
            const set = schema.objects.get('MA_Definition_Set__c');
            const program = schema.objects.get('MA_Program__c');
            const signOff = schema.objects.get('MA_Sign_Off__c');
            console.log(JSON.stringify({
                salesState: sales.field(set, 'State__c'),
                salesCurrent: sales.field(program, 'Current_Definition_Set__c'),
                salesProgram: sales.object('MA_Program__c'),
                salesSignOffRole: sales.field(signOff, 'Role__c'),
                salesSignedAt: sales.field(signOff, 'Signed_At__c'),
                salesPermissions: [...sales.customPermissions],
                adminState: admin.field(set, 'State__c'),
                adminKey: admin.field(signOff, 'Sign_Off_Key__c'),
                adminPermissions: [...admin.customPermissions],
                adminUser: admin.object('User'),
                account: sales.object('Account').read,
            }));
        `);
        expect(answer.salesState).toEqual({ readable: true, editable: false });
        expect(answer.salesCurrent).toEqual({ readable: true, editable: false });
        expect(answer.salesProgram).toEqual(expect.objectContaining({ read: true, create: false, edit: false, delete: false }));
        expect(answer.salesSignOffRole).toEqual({ readable: true, editable: true });
        expect(answer.salesSignedAt).toEqual({ readable: true, editable: false });
        expect(answer.salesPermissions).toEqual(['MA_Sign_Sales']);
        expect(answer.adminState).toEqual({ readable: true, editable: true });
        expect(answer.adminKey).toEqual({ readable: true, editable: false });
        expect(answer.adminPermissions).toEqual(['MA_Manage_Programs']);
        expect(answer.adminUser).toEqual(expect.objectContaining({ read: true, create: false, edit: false }));
        expect(answer.account).toBe(true);
    });
});

describe('GraphQL like', () => {
    test('keeps SOQL semantics and answers a pathological pattern over a long value (a backtracking regex would not)', () => {
        const answer = runModule(`
            import { likeMatches } from ${org('org/filters.mjs')};
            const long = 'a'.repeat(200000);
            console.log(JSON.stringify([
                likeMatches('%%%%%%%%%%%%!', long),
                likeMatches('%%%%%%%%%%%%a', long),
                likeMatches('%' + '_%'.repeat(40) + '!', long),
                likeMatches('東邦%', '東邦精機株式会社'),
                likeMatches('%精機%', '東邦精機株式会社'),
                likeMatches('_邦%', '東邦精機株式会社'),
                likeMatches('東邦', '東邦精機株式会社'),
                likeMatches('ACME', 'acme'),
                likeMatches('100\\\\%', '100%'),
                likeMatches('100\\\\%', '1000'),
                likeMatches('a%b%a', 'aba'),
                likeMatches('a%b%ab', 'ab'),
            ]));
        `);
        expect(answer).toEqual([false, true, false, true, true, true, false, true, true, false, true, false]);
    });
});

describe('the server stays private', () => {
    test('listens on loopback unless HOST says otherwise, with a warning then', () => {
        const answer = runModule(`
            import { listenAddress } from ${org('server/listen.mjs')};
            console.log(JSON.stringify([listenAddress(undefined), listenAddress(''), listenAddress('::1'), listenAddress('192.168.1.5'), listenAddress('0.0.0.0')]));
        `);
        expect(answer[0]).toEqual({ host: '127.0.0.1', hosts: ['localhost', '127.0.0.1', '[::1]'], urlHost: '127.0.0.1' });
        expect(answer[1].host).toBe('127.0.0.1');
        expect(answer[2]).toEqual(expect.objectContaining({ host: '::1', urlHost: '[::1]' }));
        expect(answer[2].warning).toBeUndefined();
        expect(answer[3]).toEqual(expect.objectContaining({ host: '192.168.1.5', hosts: ['localhost', '127.0.0.1', '[::1]', '192.168.1.5'] }));
        expect(answer[3].warning).toMatch(/^Warning: HOST=192\.168\.1\.5: the workbench listens beyond this machine/);
        expect(answer[4].warning).toMatch(/HOST=0\.0\.0\.0/);
        expect(answer[4].hosts).toEqual(expect.arrayContaining(['localhost', '127.0.0.1']));
    });

    test('refuses a Host it does not serve, a write from another origin or a cross-site fetch, and serves its own', () => {
        const answer = runModule(`
            import { requestRefusal } from ${org('server/guard.mjs')};
            const hosts = ['localhost', '127.0.0.1', '[::1]'];
            const ask = (method, headers) => { const r = requestRefusal({ method, headers }, { hosts, port: 3000 }); return r ? r.status : 'ok'; };
            console.log(JSON.stringify({
                own: ask('GET', { host: '127.0.0.1:3000' }),
                localhost: ask('GET', { host: 'localhost:3000' }),
                ipv6: ask('GET', { host: '[::1]:3000' }),
                rebound: ask('GET', { host: 'attacker.example:3000' }),
                otherPort: ask('GET', { host: '127.0.0.1:3001' }),
                noHost: ask('GET', {}),
                sameOriginWrite: ask('POST', { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }),
                crossOriginWrite: ask('POST', { host: '127.0.0.1:3000', origin: 'http://attacker.example' }),
                crossOriginRead: ask('GET', { host: '127.0.0.1:3000', origin: 'http://attacker.example' }),
                nullOrigin: ask('PATCH', { host: '127.0.0.1:3000', origin: 'null' }),
                crossSite: ask('DELETE', { host: '127.0.0.1:3000', 'sec-fetch-site': 'cross-site' }),
                cli: ask('POST', { host: '127.0.0.1:3000' }),
            }));
        `);
        expect(answer).toEqual({
            own: 'ok',
            localhost: 'ok',
            ipv6: 'ok',
            rebound: 421,
            otherPort: 421,
            noHost: 421,
            sameOriginWrite: 'ok',
            crossOriginWrite: 403,
            crossOriginRead: 'ok',
            nullOrigin: 403,
            crossSite: 403,
            cli: 'ok',
        });
    });
});
