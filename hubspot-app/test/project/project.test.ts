// The offline project check: HubSpot's parsing library reads the project, and
// our own schema checks pass. Each check is proven by a copy of the project
// with one defect seeded into it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkProject } from './check-project';

const projectDir = join(__dirname, '..', '..');
const parseScript = join(projectDir, 'scripts', 'parse-project.mjs');

interface ParseReport {
  ok: boolean;
  platformVersion: string | null;
  components: { uid: string; type: string }[];
  skipped: string[];
  errors: string[];
}

function parse(dir: string): ParseReport {
  const run = spawnSync(process.execPath, [parseScript, dir], { cwd: projectDir, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as ParseReport;
}

/** A copy of the project (hsproject.json and src/, generated cores left out) to seed one defect into. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ma-hs-project-'));
  cpSync(join(projectDir, 'hsproject.json'), join(dir, 'hsproject.json'));
  cpSync(join(projectDir, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (src) => !src.includes('node_modules') && !/maCore\.(c|m)js$/.test(src),
  });
  return dir;
}

function editJson(path: string, edit: (json: any) => void): void {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

const messages = (dir: string) => checkProject(dir).map((f) => `${f.file}: ${f.message}`);

describe('the HubSpot project, offline', () => {
  it('is parsed by @hubspot/project-parsing-lib on platform 2026.03 with the app and every function', () => {
    const report = parse(projectDir);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.platformVersion).toBe('2026.03');
    expect(report.skipped).toEqual([]);
    expect(report.components).toEqual(expect.arrayContaining([{ uid: 'ma_maturity_app', type: 'APPLICATION' }]));
    const functions = report.components.filter((c) => c.type === 'APP_FUNCTION').map((c) => c.uid);
    expect(functions).toEqual(expect.arrayContaining(['ma-load-program', 'ma-save-diagnosis', 'ma-handoff-action']));
  });

  it('puts the profile’s URL into the workflow action and the webhooks, as an upload with --profile does', () => {
    const run = spawnSync(process.execPath, [parseScript, projectDir, '--profile', 'portal'], { cwd: projectDir, encoding: 'utf8' });
    const report = JSON.parse(run.stdout.trim().split('\n').pop()!) as ParseReport & { urls: Record<string, string> };
    expect(report.errors).toEqual([]);
    const url = JSON.parse(readFileSync(join(projectDir, 'src', 'hsprofile.portal.json'), 'utf8')).variables.MA_LIFECYCLE_URL;
    expect(report.urls).toEqual({ ma_evaluate_contact: url, ma_webhooks: url });
    expect(report.components).toEqual(expect.arrayContaining([
      { uid: 'ma_evaluate_contact', type: 'WORKFLOW_ACTION' },
      { uid: 'ma_webhooks', type: 'WEBHOOKS' },
      { uid: 'ma_settings', type: 'SETTINGS' },
    ]));
  });

  it('passes every schema and cross-reference check', () => {
    expect(messages(projectDir)).toEqual([]);
  });

  describe('each check catches its seeded defect', () => {
    let dir: string;
    beforeEach(() => {
      dir = copyProject();
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const fn = (name: string) => join(dir, 'src', 'app', 'functions', `${name}-hsmeta.json`);

    it('the parsing library refuses an unknown platform version', () => {
      editJson(join(dir, 'hsproject.json'), (j) => (j.platformVersion = '2019.1'));
      expect(parse(dir).ok).toBe(false);
    });

    it('a uid with characters HubSpot does not allow', () => {
      editJson(fn('ma-load-program'), (j) => (j.uid = 'ma load/program'));
      expect(messages(dir)).toEqual(expect.arrayContaining([expect.stringMatching(/ma-load-program-hsmeta\.json: uid "ma load\/program"/)]));
    });

    it('two components with one uid', () => {
      editJson(fn('ma-save-program'), (j) => (j.uid = 'ma-load-program'));
      expect(messages(dir)).toEqual(expect.arrayContaining([expect.stringContaining('uid "ma-load-program" is also used by')]));
    });

    it('a file that is not JSON', () => {
      writeFileSync(fn('ma-load-program'), '{ "uid": ');
      expect(messages(dir)).toEqual(expect.arrayContaining([expect.stringContaining('ma-load-program-hsmeta.json: is not valid JSON')]));
    });

    it('a type that does not match its folder, and fields HubSpot does not read', () => {
      editJson(fn('ma-load-program'), (j) => {
        j.type = 'serverless-function';
        j.extra = true;
      });
      const found = messages(dir);
      expect(found).toEqual(expect.arrayContaining([expect.stringContaining('a file in functions must be "app-function"')]));
      expect(found).toEqual(expect.arrayContaining([expect.stringContaining('top-level fields other than uid, type, config: extra')]));
    });

    it('an entrypoint that does not exist, or does not export main', () => {
      editJson(fn('ma-load-program'), (j) => (j.config.entrypoint = '/app/functions/missing.js'));
      writeFileSync(join(dir, 'src', 'app', 'functions', 'ma-save-program.js'), 'module.exports = {};\n');
      const found = messages(dir);
      expect(found).toEqual(expect.arrayContaining([expect.stringContaining('entrypoint /app/functions/missing.js does not exist')]));
      expect(found).toEqual(expect.arrayContaining([expect.stringContaining('ma-save-program.js does not set exports.main')]));
    });

    it('a card with an unknown location, an unknown object type, an entry in a subfolder', () => {
      const cards = join(dir, 'src', 'app', 'cards');
      cpSync(join(projectDir, 'test', 'project', 'fixtures', 'Probe.tsx'), join(cards, 'sub', 'Probe.tsx'), { recursive: true });
      writeFileSync(
        join(cards, 'probe-hsmeta.json'),
        JSON.stringify({
          uid: 'probe_card',
          type: 'card',
          config: { name: 'Probe', entrypoint: '/app/cards/sub/Probe.tsx', location: 'crm.record.middle', objectTypes: ['COMPANIES'] },
        }),
      );
      const found = messages(dir);
      expect(found).toEqual(expect.arrayContaining([expect.stringContaining('location "crm.record.middle" is not one of')]));
      expect(found).toEqual(expect.arrayContaining([expect.stringContaining('objectTypes has unknown "COMPANIES"')]));
      expect(found).toEqual(expect.arrayContaining([expect.stringContaining('must sit directly in cards/')]));
    });

    it('a card that calls a function no hsmeta declares', () => {
      const cards = join(dir, 'src', 'app', 'cards');
      writeFileSync(join(cards, 'Caller.tsx'), "export const go = () => hubspot.serverless('ma-load-progam', { parameters: {} });\n");
      expect(messages(dir)).toEqual([expect.stringContaining('calls the function "ma-load-progam", which no functions/*-hsmeta.json declares')]);
    });

    it('a card whose function-name union lists a function no hsmeta declares', () => {
      const cards = join(dir, 'src', 'app', 'cards');
      writeFileSync(
        join(cards, 'calls.ts'),
        "type Name = 'ma-load-program' | 'ma-save-forecast';\nexport const go = (name: Name) => hubspot.serverless(name, { parameters: {} });\n",
      );
      expect(messages(dir)).toEqual([expect.stringContaining('calls the function "ma-save-forecast"')]);
    });

    it('a scope the functions need but the app does not declare', () => {
      editJson(join(dir, 'src', 'app', 'app-hsmeta.json'), (j) => {
        j.config.auth.requiredScopes = j.config.auth.requiredScopes.filter((s: string) => s !== 'crm.objects.contacts.write');
      });
      const found = messages(dir);
      expect(found).toEqual(expect.arrayContaining([expect.stringContaining('ma-handoff-action.js: calls')]));
      expect(found.every((m) => m.includes('crm.objects.contacts.write'))).toBe(true);
    });

    it('a workflow action with an unknown client, object type or label, and no https URL', () => {
      editJson(join(dir, 'src', 'app', 'workflow-actions', 'ma-evaluate-contact-hsmeta.json'), (j) => {
        j.config.actionUrl = 'http://example.com/hook';
        j.config.supportedClients = [{ client: 'SEQUENCES' }];
        j.config.objectTypes = ['CONTACTS'];
        j.config.labels.ja.outputFieldLabels.ma_owner = '担当者';
      });
      const found = messages(dir);
      expect(found).toEqual(expect.arrayContaining([
        expect.stringContaining('actionUrl "http://example.com/hook" must be an https URL'),
        expect.stringContaining('supportedClients has unknown {"client":"SEQUENCES"}'),
        expect.stringContaining('objectTypes has unknown "CONTACTS"'),
        expect.stringContaining('labels.ja.outputFieldLabels names "ma_owner", which is not a declared field'),
      ]));
    });

    it('a webhook subscription of a property change without its property, or of an unknown type', () => {
      editJson(join(dir, 'src', 'app', 'webhooks', 'webhooks-hsmeta.json'), (j) => {
        delete j.config.subscriptions.crmObjects[1].propertyName;
        j.config.subscriptions.crmObjects[2].subscriptionType = 'contact.propertyChange';
      });
      expect(messages(dir)).toEqual([
        expect.stringContaining('subscriptions.crmObjects[1]: propertyName goes with object.propertyChange'),
        expect.stringContaining('subscriptions.crmObjects[2].subscriptionType "contact.propertyChange" is not one of'),
      ]);
    });

    it('a public endpoint function that does not check HubSpot’s signature', () => {
      const path = join(dir, 'src', 'app', 'functions', 'ma-lifecycle-endpoint.js');
      writeFileSync(path, readFileSync(path, 'utf8').replace("const { verifySignature } = require('./fn-signature.cjs');\n", ''));
      expect(messages(dir)).toEqual([expect.stringContaining('is public but does not check HubSpot’s signature'.replace('’', "'"))]);
    });

    it('a profile variable an hsmeta file uses that the profile does not define', () => {
      editJson(join(dir, 'src', 'hsprofile.portal.json'), (j) => (j.variables = {}));
      expect(messages(dir)).toEqual([expect.stringMatching(/hsprofile\.portal\.json: does not define MA_LIFECYCLE_URL, which app[\\/](workflow-actions|webhooks)/)]);
    });

    it('a second settings page', () => {
      const settings = join(dir, 'src', 'app', 'settings');
      writeFileSync(join(settings, 'other-hsmeta.json'), JSON.stringify({ uid: 'other_settings', type: 'settings', config: { entrypoint: '/app/settings/SettingsPage.tsx' } }));
      expect(messages(dir)).toEqual([expect.stringContaining('an app has one settings page')]);
    });

    it('functions in an app that is not static and private', () => {
      editJson(join(dir, 'src', 'app', 'app-hsmeta.json'), (j) => (j.config.auth.type = 'oauth'));
      expect(messages(dir)).toEqual([expect.stringContaining('app functions need distribution "private" and auth.type "static"')]);
    });
  });
});
