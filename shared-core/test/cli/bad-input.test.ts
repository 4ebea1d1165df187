// The CLI's answer to bad input: status 2, one message on stderr naming the
// field, nothing on stdout, never a stack trace.
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, example } from './run';

const cases: [string, string[], string, RegExp][] = [
  ['not JSON', ['diagnose'], '{"answers": {"1": true,', /^ma-maturity diagnose: stdin: not valid JSON/],
  ['empty input', ['diagnose'], '  \n', /^ma-maturity diagnose: stdin: the input is empty/],
  ['a non-boolean answer', ['diagnose'], '{"answers": {"1": "yes"}}', /^ma-maturity diagnose: answers\.1: .*boolean/],
  ['item 0', ['diagnose'], '{"answers": {"0": true}}', /^ma-maturity diagnose: answers\.0: not a checklist item/],
  ['item 16', ['diagnose'], '{"answers": {"16": true}}', /^ma-maturity diagnose: answers\.16: not a checklist item/],
  ['answers and respondents', ['diagnose'], '{"answers": {}, "respondents": [{"role": "sales", "answers": {}}]}', /^ma-maturity diagnose: respondents: .*not both/],
  ['neither', ['diagnose'], '{"history": []}', /^ma-maturity diagnose: answers: is missing/],
  ['an unknown role', ['diagnose'], '{"respondents": [{"role": "ceo", "answers": {}}]}', /^ma-maturity diagnose: respondents\[0\]\.role: /],
  ['a wrong history level', ['diagnose'], '{"answers": {}, "history": [{"takenAt": "2026-01-01", "answers": {"1": true}, "level": 3}]}', /^ma-maturity diagnose: history\[0\]\.level: is 3, but the answers of this diagnosis give level 1/],
  ['an unknown --lang', ['diagnose', '--lang', 'fr'], '{"answers": {}}', /^ma-maturity diagnose: --lang: "fr" is not a language/],
  ['an unknown --format', ['diagnose', '--format', 'xml'], '{"answers": {}}', /^ma-maturity diagnose: --format: "xml"/],
  ['a bad --as-of', ['diagnose', '--as-of', '27/11/2026'], '{"answers": {}}', /^ma-maturity diagnose: --as-of: "27\/11\/2026" is not an ISO date/],
  ['an unknown option', ['diagnose', '--level', '3'], '{"answers": {}}', /^ma-maturity diagnose: --level: unknown option/],
  ['two files', ['diagnose', 'a.json', 'b.json'], '', /^ma-maturity diagnose: give one input file, not 2/],
  ['plan without --start', ['plan'], '{"answers": {}}', /^ma-maturity plan: --start: this option is required/],
  ['plan with a bad --start', ['plan', '--start', '2026-13-01'], '{"answers": {}}', /^ma-maturity plan: --start: "2026-13-01" is not a date/],
  ['plan with a bad --to-level', ['plan', '--start', '2026-12-01', '--to-level', '6'], '{"answers": {}}', /^ma-maturity plan: --to-level: "6" is not a level/],
  ['plan with item 16', ['plan', '--start', '2026-12-01'], '{"answers": {"16": false}}', /^ma-maturity plan: answers\.16: /],
];

describe('bad input to diagnose and plan', () => {
  it.each(cases)('%s: exit 2, one message naming the field, nothing on stdout', async (_name, argv, stdin, message) => {
    const run = await cli(argv, { stdin });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a missing file and a directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ma-cli-'));
    const missing = await cli(['diagnose', join(dir, 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('nope.json: no such file');
    mkdirSync(join(dir, 'folder'));
    const folder = await cli(['plan', join(dir, 'folder'), '--start', '2026-12-01']);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('is a directory');
  });

  it('lists every problem of one input under one message', async () => {
    const run = await cli(['diagnose'], { stdin: '{"answers": {"1": "yes", "2": 3}}' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^ma-maturity diagnose: answers\.1: .*\nanswers\.2: /);
  });

  it('still works on the example after all that (no state leaks between runs)', async () => {
    const run = await cli(['diagnose', example('diagnosis.json')]);
    expect(run.status).toBe(0);
  });
});
