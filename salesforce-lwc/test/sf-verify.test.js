/** @jest-environment ./test/environment/node-with-dom.cjs */
// (i) `npm run sf:verify` without an org: it refuses clearly (exit 2) when sf
// or an org is missing, and against a stand-in `sf` that records its calls and
// answers as the CLI's --json output does, it runs the documented commands,
// fails when a test fails or the run does not finish, and passes a re-run
// whose permission sets are already assigned. Every sf command and flag the
// script and the README use is one the Salesforce CLI reference lists.
const { spawnSync } = require('node:child_process');
const { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { dirname, join, resolve } = require('node:path');

const PROJECT = resolve(__dirname, '..');
const SCRIPT = join(PROJECT, 'scripts', 'sf-verify.sh');

// The commands and flags used here, as the Salesforce CLI reference
// (developer.salesforce.com/docs/platform/salesforce-cli-reference) lists them,
// read from the plugins' own flag definitions and command snapshots:
// plugin-deploy-retrieve 4.1.2 (project deploy start), plugin-apex 4.1.1 (apex
// run, apex run test), plugin-user (org assign permset), plugin-auth (org login
// sfdx-url, org login web), plugin-org (org create scratch, org open).
const CLI = {
  'project deploy start': ['--source-dir', '--target-org', '--test-level', '--tests', '--wait', '--dry-run', '--json'],
  'apex run test': ['--target-org', '--test-level', '--class-names', '--tests', '--code-coverage', '--result-format', '--output-dir', '--wait', '--json'],
  'apex run': ['--file', '--target-org', '--json'],
  'org assign permset': ['--name', '--on-behalf-of', '--target-org', '--json'],
  'org login sfdx-url': ['--sfdx-url-file', '--sfdx-url-stdin', '--alias', '--set-default', '--json'],
  'org login web': ['--alias', '--instance-url', '--set-default', '--json'],
  'org create scratch': ['--definition-file', '--alias', '--duration-days', '--set-default', '--target-dev-hub', '--wait', '--json'],
  'org open': ['--path', '--target-org', '--url-only'],
};
const VALUES = {
  'project deploy start --test-level': ['NoTestRun', 'RunSpecifiedTests', 'RunLocalTests', 'RunAllTestsInOrg', 'RunRelevantTests'],
  'apex run test --test-level': ['RunLocalTests', 'RunAllTestsInOrg', 'RunSpecifiedTests'],
  'apex run test --result-format': ['human', 'tap', 'junit', 'json'],
};

/** Problems with one `sf ...` command line (as words): unknown command, unknown flag, bad value. */
function checkCommand(words) {
  const args = words.slice(1);
  const command = Object.keys(CLI)
    .filter((c) => args.slice(0, c.split(' ').length).join(' ') === c)
    .sort((a, b) => b.length - a.length)[0];
  if (!command) return [`unknown command: sf ${args.join(' ')}`];
  const problems = [];
  const rest = args.slice(command.split(' ').length);
  rest.forEach((word, i) => {
    if (!word.startsWith('--')) return;
    if (!CLI[command].includes(word)) problems.push(`sf ${command}: unknown flag ${word}`);
    const allowed = VALUES[`${command} ${word}`];
    if (allowed && !allowed.includes(rest[i + 1])) problems.push(`sf ${command} ${word}: ${rest[i + 1]} is not one of ${allowed.join(', ')}`);
  });
  return problems;
}

/** A folder holding a stand-in `sf` (or none) and the few tools the script uses. */
function makeBin(withSf) {
  const bin = mkdtempSync(join(tmpdir(), 'sf-verify-'));
  for (const tool of ['dirname', 'mktemp', 'mkdir', 'rm', 'cat']) {
    const found = spawnSync('/bin/sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    symlinkSync(found, join(bin, tool));
  }
  symlinkSync(process.execPath, join(bin, 'node'));
  if (withSf) {
    // Records each call (one line, words tab-separated) and answers as the CLI would.
    writeFileSync(
      join(bin, 'sf'),
      `#!/bin/bash
printf '%s\\t' sf "$@" >> "$FAKE_SF_LOG"; printf '\\n' >> "$FAKE_SF_LOG"
case "$1 $2 $3" in
  "org login sfdx-url") cat "$5" > "$FAKE_SF_LOG.url" ;;
  "project deploy start") exit "\${FAKE_SF_DEPLOY_EXIT:-0}" ;;
  "org assign permset")
    if [ "$5" = MA_Maturity_Admin ]; then
      echo '{"status":1,"result":{"successes":[],"failures":[{"name":"admin@example.com","message":"Duplicate PermissionSetAssignment. Assignee: 005, PermissionSet: 0PS"}]}}'; exit 1
    fi
    echo '{"status":0,"result":{"successes":[{"name":"admin@example.com","value":"'"$5"'"}],"failures":[]}}' ;;
  "apex run test") cat "$FAKE_SF_TESTS"; exit "\${FAKE_SF_TESTS_EXIT:-0}" ;;
esac
`,
    );
    chmodSync(join(bin, 'sf'), 0o755);
  }
  return bin;
}

const passed = { status: 0, result: { summary: { outcome: 'Passed', passing: 40, failing: 0, testRunCoverage: '91%', orgWideCoverage: '90%' }, tests: [] } };
const failed = {
  status: 100,
  result: {
    summary: { outcome: 'Failed', passing: 39, failing: 1, testRunCoverage: '91%', orgWideCoverage: '90%' },
    tests: [
      { FullName: 'MaTriggersTest.aFormTaskRescoresTheLead', Outcome: 'Fail', Message: 'System.AssertException: Assertion Failed' },
      { FullName: 'MaLifecycleTest.escalationStepsFireOnceEachInOrder', Outcome: 'Pass', Message: null },
    ],
  },
};
const timedOut = { status: 0, result: { testRunId: '707000000000001' } };

const temps = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** Runs the script with the stand-in bin; answers its exit code, output and the sf calls made. */
function verify({ withSf = true, env = {}, tests = passed } = {}) {
  const bin = makeBin(withSf);
  temps.push(bin);
  const log = join(bin, 'calls.log');
  writeFileSync(join(bin, 'tests.json'), JSON.stringify(tests));
  const run = spawnSync('/bin/bash', [SCRIPT], {
    encoding: 'utf8',
    env: { PATH: bin, HOME: bin, FAKE_SF_LOG: log, FAKE_SF_TESTS: join(bin, 'tests.json'), SF_VERIFY_RESULTS: join(bin, 'results'), ...env },
  });
  let calls = [];
  try {
    calls = readFileSync(log, 'utf8').trim().split('\n').map((line) => line.split('\t').filter(Boolean));
  } catch {
    // no sf call was made
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, calls, log };
}

describe('sf:verify without what it needs', () => {
  it('exits 2 naming the Salesforce CLI when sf is missing', () => {
    const run = verify({ withSf: false, env: { SF_TARGET_ORG: 'ma-maturity' } });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('sf:verify needs the Salesforce CLI (npm install -g @salesforce/cli)');
  });

  it('exits 2 naming SF_TARGET_ORG and SF_AUTH_URL when no org is given, and calls sf for nothing', () => {
    const run = verify();
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('sf:verify needs an org: set SF_TARGET_ORG (alias or username) or SF_AUTH_URL');
    expect(run.calls).toEqual([]);
  });
});

describe('sf:verify against a stand-in sf', () => {
  it('deploys with every local test, assigns both sets (one already held) and passes on passing tests', () => {
    const run = verify({ env: { SF_TARGET_ORG: 'ma-maturity' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.calls.map((c) => c.slice(1, 4).join(' '))).toEqual(['project deploy start', 'org assign permset', 'org assign permset', 'apex run test']);
    expect(run.calls[0]).toEqual(expect.arrayContaining(['--test-level', 'RunLocalTests', '--target-org', 'ma-maturity']));
    expect(run.stdout).toContain('MA_Maturity_Admin: already assigned');
    expect(run.stdout).toContain('MA_Maturity_Member: assigned');
    expect(run.stdout).toContain('Apex tests passed: 40 passed, 0 failed; coverage of this run 91%, org-wide 90%');
    expect(run.calls.flatMap(checkCommand)).toEqual([]);
  });

  it('fails naming the failed test when a test fails', () => {
    const run = verify({ env: { SF_TARGET_ORG: 'ma-maturity' }, tests: failed });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Apex tests Failed: 39 passed, 1 failed');
    expect(run.stderr).toContain('MaTriggersTest.aFormTaskRescoresTheLead: System.AssertException');
    expect(run.stderr).not.toContain('escalationStepsFireOnceEachInOrder');
  });

  it('fails when the tests do not finish within the wait, saying how to get the results', () => {
    const run = verify({ env: { SF_TARGET_ORG: 'ma-maturity' }, tests: timedOut });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('did not finish within the wait');
    expect(run.stderr).toContain('sf apex get test --test-run-id 707000000000001 --target-org ma-maturity');
  });

  it('stops when the deploy fails', () => {
    const run = verify({ env: { SF_TARGET_ORG: 'ma-maturity', FAKE_SF_DEPLOY_EXIT: '1' } });
    expect(run.status).toBe(1);
    expect(run.calls.map((c) => c.slice(1, 4).join(' '))).toEqual(['project deploy start']);
  });

  it('logs in with SF_AUTH_URL from a file and verifies that org', () => {
    const run = verify({ env: { SF_AUTH_URL: 'force://PlatformCLI::token@example.my.salesforce.com' } });
    expect(run.status).toBe(0);
    expect(run.calls[0].slice(1, 4).join(' ')).toBe('org login sfdx-url');
    expect(readFileSync(`${run.log}.url`, 'utf8')).toBe('force://PlatformCLI::token@example.my.salesforce.com');
    expect(run.calls[1]).toEqual(expect.arrayContaining(['--target-org', 'ma-verify']));
    expect(run.calls.flatMap(checkCommand)).toEqual([]);
  });
});

describe('sf commands of the README', () => {
  const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
  // Every line of a shell code block that runs sf (an optional VAR=value prefix aside).
  const lines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((block) => block[1].split('\n'))
    .map((line) => line.replace(/#.*$/, '').trim().replace(/^([A-Z_]+=\S+\s+)+/, ''))
    .filter((line) => line.startsWith('sf '));

  it('are many, and each uses a command and flags the CLI reference lists', () => {
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.flatMap((line) => checkCommand(line.split(/\s+/)))).toEqual([]);
  });

  it('the check refuses a misspelled flag and a test level the command does not take', () => {
    expect(checkCommand('sf apex run test --test-level RunRelevantTests --codecoverage'.split(' '))).toEqual([
      'sf apex run test --test-level: RunRelevantTests is not one of RunLocalTests, RunAllTestsInOrg, RunSpecifiedTests',
      'sf apex run test: unknown flag --codecoverage',
    ]);
  });
});
