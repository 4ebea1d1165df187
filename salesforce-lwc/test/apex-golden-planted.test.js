/** @jest-environment ./test/environment/node-with-dom.cjs */
// The offline golden run can fail: a logic error planted in a copy of the
// Apex classes (in a temporary folder) makes the golden cases it breaks
// report mismatches, and Apex the interpreter does not run (a SOQL query
// planted in an engine class) stops the run with its file and line.
const { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');
const { goldenAnswers } = require('../scripts/lib/apex-run/index.cjs');
const { RESOURCE } = require('../scripts/lib/golden-resource.cjs');

const CLASSES = join(__dirname, '..', 'force-app', 'main', 'default', 'classes');
const RESOURCE_TEXT = readFileSync(RESOURCE, 'utf8');
const folders = [];

/** A copy of the classes with `from` replaced by `to` in `file`. */
function planted(file, from, to) {
  const dir = mkdtempSync(join(tmpdir(), 'apex-planted-'));
  folders.push(dir);
  for (const f of readdirSync(CLASSES).filter((n) => n.endsWith('.cls'))) copyFileSync(join(CLASSES, f), join(dir, f));
  const text = readFileSync(join(dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer has ${from}: update the plant`);
  writeFileSync(join(dir, file), text.replace(from, to));
  return dir;
}

/** The golden cases with mismatches, as "section: name". */
function failing(dir) {
  const { answers } = goldenAnswers(dir, RESOURCE_TEXT);
  return Object.entries(answers).flatMap(([section, cases]) => cases.filter((c) => c.mismatches.length).map((c) => `${section}: ${c.name}`));
}

afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('a logic error planted in an Apex class fails the golden run', () => {
  it.each([
    [
      'an escalation step already taken is taken again (>= turned into >)',
      'MaLifecycle.cls',
      'if (i >= storedStep) {',
      'if (i > storedStep) {',
      'evaluate: untouched 50 minutes after MQL, reminded already: the manager is notified; the score fell but the MQL stands',
    ],
    [
      'the decay halves points twice as fast',
      'MaScoring.cls',
      'Math.pow(0.5,',
      'Math.pow(0.25,',
      'scoring: a hot manufacturing manager: decayed pricing views and a form',
    ],
    [
      'an assigned lead past a step reads on time instead of at risk',
      'MaHandoff.cls',
      "return new Status('at-risk', minutesLeft, null,",
      "return new Status('on-time', minutesLeft, null,",
      'handoffStatus: assigned and untouched 20 minutes after MQL: at risk, remind',
    ],
    [
      'a Form task maps to the wrong event type',
      'MaLeadInput.cls',
      "'Type' => 'Form' }, 'form_submit'",
      "'Type' => 'Form' }, 'form_submitted'",
      'evaluate: a new lead reaches the agreed MQL criteria exactly (70, grade A): stamped with version 3, assigned, a task due at the SLA',
    ],
  ])('%s', (_what, file, from, to, caseName) => {
    expect(failing(planted(file, from, to))).toContain(caseName);
  });
});

describe('Apex the interpreter does not run stops the golden run', () => {
  it('names the construct, the file and the line', () => {
    const dir = planted(
      'MaStage.cls',
      'Map<String, Object> facts = f.stageFacts();',
      'Map<String, Object> facts = f.stageFacts();\n        Object planted = [SELECT Id FROM Lead LIMIT 1];',
    );
    const line =
      readFileSync(join(dir, 'MaStage.cls'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('Object planted')) + 1;
    expect(() => goldenAnswers(dir, RESOURCE_TEXT)).toThrow(`unsupported Apex: a SOQL query at MaStage.cls:${line}`);
  });
});
