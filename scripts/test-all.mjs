#!/usr/bin/env node
// Runs every jest runner of the repository (one per workspace, plus tests/),
// each with its JSON report, and prints one closing line summed over all of
// them: "N passed, N failed[, N skipped]". Exits non-zero on any failure,
// including a runner that crashed before it could report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, '.reports');
const jestBin = join(root, 'node_modules', 'jest', 'bin', 'jest.js');

// Extra jest arguments after `--` (for example a test name pattern) go to every runner.
const extra = process.argv.slice(2);
const only = process.env.MA_TEST_ONLY ? process.env.MA_TEST_ONLY.split(',') : null;

const runners = [
  { name: 'shared-core', cwd: join(root, 'shared-core'), config: 'jest.config.cjs' },
  { name: 'salesforce-lwc', cwd: join(root, 'salesforce-lwc'), config: 'jest.config.js' },
  { name: 'hubspot-app', cwd: join(root, 'hubspot-app'), config: 'jest.config.cjs' },
  { name: 'tests', cwd: join(root, 'tests'), config: 'jest.config.cjs' },
].filter((r) => existsSync(join(r.cwd, r.config)) && (!only || only.includes(r.name)));

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const total = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
for (const runner of runners) {
  const outputFile = join(reports, `${runner.name}.json`);
  console.log(`\n=== ${runner.name} ===`);
  const run = spawnSync(
    process.execPath,
    [jestBin, '--config', runner.config, '--json', `--outputFile=${outputFile}`, ...extra],
    { cwd: runner.cwd, stdio: 'inherit', env: process.env },
  );
  if (!existsSync(outputFile)) {
    problems.push(`${runner.name}: jest exited with ${run.status} before writing its report`);
    total.failed += 1;
    continue;
  }
  const result = JSON.parse(readFileSync(outputFile, 'utf8'));
  total.passed += result.numPassedTests;
  total.failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
  total.skipped += result.numPendingTests + result.numTodoTests;
  if (run.status !== 0 || !result.success) problems.push(`${runner.name}: jest exited with ${run.status}`);
}

if (runners.length === 0) problems.push('no jest runner was found');
for (const p of problems) console.error(p);
const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(problems.length || total.failed ? 1 : 0);
