/** @jest-environment ./test/environment/node-with-dom.cjs */
// The Apex twin refuses exactly what the TypeScript core refuses, and
// answers the same where both accept: every part of the golden program and
// of a lead is changed in turn (a key added, deleted, set to null, to the
// wrong type, to a blank or padded text, to a negative or fractional
// number), and each changed program + lead goes through the core's
// evaluateLead and through MaLifecycle (parseProgram, parseLead, evaluate)
// run by the offline interpreter. Dates are read the same way too.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const core = require('c/maCore');
const { ApexRuntime, ApexThrow, toJs, fromJson } = require('../scripts/lib/apex-run/index.cjs');
const { GOLDEN } = require('../scripts/lib/golden-resource.cjs');

const rt = new ApexRuntime(join(__dirname, '..', 'force-app', 'main', 'default', 'classes'));
const { program } = JSON.parse(readFileSync(GOLDEN, 'utf8')).programs.b2b;
const AS_OF = '2026-11-27T09:00:00.000Z';
const LEAD = {
  id: 'M1',
  fields: { employees: 1200, industry: 'manufacturing', title: '営業部長' },
  events: [{ type: 'form_submit', at: '2026-11-27', props: {} }],
  facts: { mqlAt: '2026-11-27T08:00:00Z', score: 70, grade: 'A' },
};
const apexJson = (v) => (v === undefined ? null : fromJson(JSON.stringify(v)));

/** { ok, value } with the answer's toMap, or { ok: false } when the Apex refuses with MaEngineException. */
function apexEvaluate(p, lead) {
  try {
    const parsed = rt.call('MaLifecycle', 'parseProgram', [apexJson(p.model), apexJson(p.definitions), apexJson(p.handoff)]);
    const input = rt.call('MaLifecycle', 'parseLead', [apexJson(lead), 'lead']);
    const result = rt.call('MaLifecycle', 'evaluate', [parsed, input, rt.call('MaDates', 'parseInstant', [AS_OF])]);
    return { ok: true, value: toJs(rt.callMethod(result, 'toMap')) };
  } catch (error) {
    if (error instanceof ApexThrow && error.exception.cls.fullName === 'MaEngineException') return { ok: false, message: error.exception.message };
    throw error;
  }
}

/** Every single change of `value`, as [path, what, changed value]. */
function* changes(value, path) {
  if (Array.isArray(value)) {
    yield* [
      [path, 'an empty list', []],
      [path, 'null', null],
      [path, 'an object', {}],
    ];
    for (let i = 0; i < value.length; i++) {
      for (const [p, what, v] of changes(value[i], `${path}[${i}]`)) yield [p, what, Object.assign([...value], { [i]: v })];
    }
  } else if (value !== null && typeof value === 'object') {
    yield* [
      [path, 'an unknown key', { ...value, extraKey: 1 }],
      [path, 'null', null],
      [path, 'a list', []],
    ];
    for (const key of Object.keys(value)) {
      const rest = { ...value };
      delete rest[key];
      yield [`${path}.${key}`, 'left out', rest];
      for (const [p, what, v] of changes(value[key], `${path}.${key}`)) yield [p, what, { ...value, [key]: v }];
    }
  } else if (typeof value === 'number') {
    for (const v of [-1, 0, 2.5, '7', null]) yield [path, JSON.stringify(v), v];
  } else if (typeof value === 'string') {
    for (const v of ['', ' ', ' x', `${value} `, 'zz', 7, null]) yield [path, JSON.stringify(v), v];
  } else if (typeof value === 'boolean') {
    for (const v of [1, null]) yield [path, JSON.stringify(v), v];
  }
}

const cases = [
  ...[...changes(program, 'program')]
    .filter(([, , p]) => p !== null && typeof p === 'object' && !Array.isArray(p))
    .map(([path, what, p]) => [path, what, p, LEAD]),
  ...[...changes(LEAD, 'lead')].map(([path, what, lead]) => [path, what, program, lead]),
]
  // A blank Handoff_Rules__c reaches the Apex as null and means "none stored": the core's defaults, as the core answers for a program without handoff.
  .filter(([path, what]) => !(path === 'program.handoff' && what === 'null'));

/** Where the core and the Apex differ on one changed program and lead, or null. */
function difference(p, lead) {
  const answer = core.evaluateLead(p, lead, AS_OF);
  const apex = apexEvaluate(p, lead);
  if (apex.ok !== answer.ok) return answer.ok ? `the Apex refuses (${apex.message}), the core accepts` : 'the Apex accepts, the core refuses';
  if (!answer.ok) return null;
  const { score, explain: _explain, ...rest } = answer.value;
  const { score: apexScore, ...apexRest } = apex.value;
  const sameScore = ['total', 'fit', 'engagement'].every((k) => Math.abs(apexScore[k] - score[k]) < 1e-9) && apexScore.grade === score.grade;
  return sameScore && JSON.stringify(sorted(apexRest)) === JSON.stringify(sorted(rest))
    ? null
    : `answers differ: ${JSON.stringify(apex.value)} vs ${JSON.stringify(answer.value)}`;
}

const sorted = (v) =>
  Array.isArray(v)
    ? v.map(sorted)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sorted(v[k])]),
        )
      : v;

/** The changes grouped by the part they touch (program.model, program.definitions.stages, lead.facts ...). */
const groups = new Map();
for (const c of cases) {
  const part = c[0]
    .split(/[.[]/)
    .slice(0, c[0].startsWith('program.definitions') ? 3 : 2)
    .join('.');
  if (!groups.has(part)) groups.set(part, []);
  groups.get(part).push(c);
}

describe('the Apex twin on every single change of the golden program and of a lead', () => {
  it('changes every part of the program and of the lead', () => {
    expect(cases.length).toBeGreaterThan(1000);
    expect([...groups.keys()]).toEqual(expect.arrayContaining(['program.model', 'program.definitions.stages', 'program.handoff', 'lead.facts', 'lead.events']));
  });

  it.each([...groups.keys()])('%s: accepted and refused alike, the same answers where accepted', (part) => {
    const differences = groups
      .get(part)
      .map(([path, what, p, lead]) => [path, what, difference(p, lead)])
      .filter(([, , d]) => d)
      .map(([path, what, d]) => `${path} ${what}: ${d}`);
    expect(differences).toEqual([]);
  });
});

describe('dates, as the core reads them', () => {
  const TEXTS = [
    '2026-11-27',
    '2024-02-29',
    '2026-11-27T09:00',
    '2026-11-27T09:00Z',
    '2026-11-27T09:00:00.1234Z',
    '2026-11-27T09:00:00.1239',
    '2026-11-27T09:00:00+0900',
    '2026-11-27T09:00:00+09:00',
    '2026-11-27T09:00:00-09:30',
    ' 2026-11-27 ',
    '2026-11-27T24:00',
    '2026-11-27T24:00:00Z',
    '2026-11-27T24:00:01Z',
    '2026-11-27T09:00:60Z',
    '2026-11-27T09:00:00+24:00',
    '2026-11-27T09:00:00+09:60',
    '2026-13-01',
    '2026-00-10',
    '2026-11-00',
    '2026-11-27T9:00:00Z',
    '2026-11-27t09:00:00z',
    '2026-11-27T09Z',
    '2026-11-27T09:00:00.Z',
    '0000-01-01',
  ];

  it.each(TEXTS)('%s', (text) => {
    const ms = core.parseInstant(text);
    expect(toJs(rt.call('MaDates', 'parseInstant', [text]))).toBe(Number.isNaN(ms) ? null : ms);
  });

  it('refuses an impossible calendar day, as ECMAScript does (V8, under the core in Node and Chrome, rolls it into the next month)', () => {
    for (const text of ['2026-02-29', '2026-02-30', '2026-04-31']) expect(toJs(rt.call('MaDates', 'parseInstant', [text]))).toBeNull();
  });
});
