#!/usr/bin/env node
// Reads what `sf ... --json` wrote for sf-verify.sh and decides: exit 0 and a
// one-line summary when the step did what it must, else exit 1 with what went
// wrong. The shapes are the CLI's --json output: `{ status, result }`.
//   assignment FILE NAME  `sf org assign permset --json`: result.successes and
//                         result.failures; a set the user already holds fails
//                         as a duplicate assignment and counts as done.
//   tests FILE ORG        `sf apex run test --json`: result.summary (outcome,
//                         passing, failing, testRunCoverage, orgWideCoverage)
//                         and result.tests; no summary means the run did not
//                         finish within --wait (the CLI then answers its id only).
import { readFileSync } from 'node:fs';

function read(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { problem: `${file} was not written` };
  }
  try {
    return { output: JSON.parse(text) };
  } catch {
    return { problem: `sf printed no JSON: ${text.trim().slice(0, 500) || '(nothing)'}` };
  }
}

function assignment(output, name) {
  const result = output.result ?? {};
  const failures = result.failures ?? [];
  const others = failures.filter((f) => !/duplicate/i.test(`${f.message ?? ''} ${JSON.stringify(f.details ?? '')}`));
  if ((result.successes ?? []).length === 0 && failures.length === 0) {
    return { ok: false, lines: [`${name}: not assigned: ${output.message ?? 'sf reported neither a success nor a failure'}`] };
  }
  if (others.length > 0) return { ok: false, lines: others.map((f) => `${name}: not assigned to ${f.name}: ${f.message}`) };
  return { ok: true, lines: [`${name}: ${failures.length > 0 ? 'already assigned' : 'assigned'}`] };
}

function tests(output, org) {
  const result = output.result ?? {};
  const summary = result.summary;
  if (!summary) {
    const run = result.testRunId ? ` (test run ${result.testRunId}: sf apex get test --test-run-id ${result.testRunId} --target-org ${org})` : '';
    return { ok: false, lines: [`the Apex tests did not finish within the wait${run}${output.message ? `: ${output.message}` : ''}`] };
  }
  const counts = `${summary.passing} passed, ${summary.failing} failed; coverage of this run ${summary.testRunCoverage ?? '?'}, org-wide ${summary.orgWideCoverage ?? '?'}`;
  if (summary.outcome !== 'Passed') {
    const failed = (result.tests ?? []).filter((t) => t.Outcome !== 'Pass').map((t) => `  ${t.FullName}: ${t.Message}`);
    return { ok: false, lines: [`Apex tests ${summary.outcome}: ${counts}`, ...failed] };
  }
  return { ok: true, lines: [`Apex tests passed: ${counts}`] };
}

const [step, file, arg] = process.argv.slice(2);
const steps = { assignment, tests };
if (!steps[step] || !file) {
  console.error('usage: sf-verify-check.mjs assignment FILE PERMSET | tests FILE ORG');
  process.exit(2);
}
const { output, problem } = read(file);
const answer = problem ? { ok: false, lines: [`${step}: ${problem}`] } : steps[step](output, arg);
(answer.ok ? console.log : console.error)(answer.lines.join('\n'));
process.exit(answer.ok ? 0 : 1);
