// Input that cannot hurt (issue 9, section 4), from the terminal: each of the
// inputs found to slip through or crash is refused the CLI's way (exit 2, one
// message on stderr naming the field, nothing on stdout, no stack trace), or
// read as a user means it.
import { readFileSync } from 'node:fs';
import { example, run } from './scoreIo';

const AS_OF = ['--as-of', '2026-11-27'];
const BOM = '\uFEFF';
const MODEL = '{"fit":[{"id":"big","if":{"field":"employees","op":"gte","value":1000},"points":20}]}';
const LEAD = (id: unknown, extra = '') => `{"id":${JSON.stringify(id)},"fields":{"employees":2000}${extra}}`;

/** `{"not": ... {"field", "op"} ...}` nested `levels` deep, built as text (no recursion to write it either). */
function nested(levels: number, combinator: 'not' | 'all' | 'any'): string {
  const leaf = '{"field":"employees","op":"exists"}';
  return combinator === 'not' ? `${'{"not":'.repeat(levels - 1)}${leaf}${'}'.repeat(levels - 1)}` : `${`{"${combinator}":[`.repeat(levels - 1)}${leaf}${']}'.repeat(levels - 1)}`;
}
const modelWith = (condition: string) => `{"fit":[{"id":"deep","if":${condition},"points":1}]}`;

const refused: [string, string[], Record<string, string>, string, RegExp][] = [
  // A lead in a list needs its id: the JSON path now refuses what the CSV path always did.
  ['a JSON lead without an id', ['score', '--model', 'm.json', 'l.json', ...AS_OF], { 'm.json': MODEL, 'l.json': '{"leads":[{"fields":{}}]}' }, '', /^ma-maturity score: l\.json: leads\[0\]\.id: a lead in a list needs an id$/],
  ['a blank id', ['score', '--model', 'm.json', 'l.json', ...AS_OF], { 'm.json': MODEL, 'l.json': '{"leads":[{"id":"  "}]}' }, '', /^ma-maturity score: l\.json: leads\[0\]\.id: an id must not be empty$/],
  // Nesting is bounded, with the path where the bound is passed.
  ['conditions nested 1,700 levels (not)', ['score', '--model', 'm.json', 'l.json', ...AS_OF], { 'm.json': modelWith(nested(1700, 'not')), 'l.json': '{"leads":[]}' }, '', /^ma-maturity score: m\.json: fit\[0\]\.if(\.not){32}: conditions may nest at most 32 levels deep/],
  ['conditions nested 1,700 levels (all)', ['score', '--model', 'm.json', 'l.json', ...AS_OF], { 'm.json': modelWith(nested(1700, 'all')), 'l.json': '{"leads":[]}' }, '', /^ma-maturity score: m\.json: fit\[0\]\.if(\.all\[0\]){32}: conditions may nest at most 32 levels deep/],
  ['conditions nested 33 levels (any), in a backtest', ['backtest', '--model', 'm.json', 'h.json', ...AS_OF], { 'm.json': modelWith(nested(33, 'any')), 'h.json': '{"leads":[]}' }, '', /^ma-maturity backtest: m\.json: fit\[0\]\.if(\.any\[0\]){32}: conditions may nest/],
  // Dates not in the calendar, in every place a date is read.
  ['--as-of 2026-02-30 (score)', ['score', '--model', 'm.json', 'l.json', '--as-of', '2026-02-30'], { 'm.json': MODEL, 'l.json': '{"leads":[]}' }, '', /^ma-maturity score: --as-of: "2026-02-30" is not in the calendar: 2026-02 has no day 30$/],
  ['--as-of 2026-13-01 (kpi)', ['kpi', 'k.json', '--as-of', '2026-13-01'], { 'k.json': '{"leads":[]}' }, '', /^ma-maturity kpi: --as-of: "2026-13-01" is not in the calendar: there is no month 13$/],
  ['--as-of T25:00 (diagnose)', ['diagnose', '--as-of', '2026-11-27T25:00'], {}, '{"answers":{}}', /^ma-maturity diagnose: --as-of: "2026-11-27T25:00" is not in the calendar: there is no time 25:00:00/],
  ['--as-of 2025-02-29 (plan)', ['plan', '--start', '2026-12-01', '--as-of', '2025-02-29'], {}, '{"answers":{}}', /^ma-maturity plan: --as-of: "2025-02-29" is not in the calendar/],
  ['--as-of 2026-04-31 (backtest)', ['backtest', '--model', 'm.json', 'h.json', '--as-of', '2026-04-31'], { 'm.json': MODEL, 'h.json': '{"leads":[]}' }, '', /^ma-maturity backtest: --as-of: "2026-04-31" is not in the calendar/],
  ['an event at 2026-02-30', ['score', '--model', 'm.json', 'l.json', ...AS_OF], { 'm.json': MODEL, 'l.json': `{"leads":[${LEAD('L1', ',"events":[{"type":"page_view","at":"2026-02-30T10:00:00Z"}]')}]}` }, '', /^ma-maturity score: l\.json: leads\[0\]\.events\[0\]\.at: "2026-02-30T10:00:00Z" is not in the calendar/],
  ['an event at 24:00 in a CSV', ['score', '--model', 'm.json', 'l.csv', '--events', 'e.csv', ...AS_OF], { 'm.json': MODEL, 'l.csv': 'id\nL1\n', 'e.csv': 'leadId,type,at\nL1,page_view,2026-11-01T24:00\n' }, '', /^ma-maturity score: l\.csv: row 2: events\[0\]\.at: "2026-11-01T24:00" is not in the calendar/],
  ['a history takenAt of 2026-02-30', ['diagnose', ...AS_OF], {}, '{"answers":{},"history":[{"takenAt":"2026-02-30","answers":{}}]}', /^ma-maturity diagnose: history\[0\]\.takenAt: "2026-02-30" is not in the calendar/],
  ['an mqlAt of 2026-06-31', ['kpi', 'k.json', ...AS_OF], { 'k.json': '{"leads":[{"id":"a","mqlAt":"2026-06-31T09:00:00Z"}]}' }, '', /^ma-maturity kpi: leads\[0\]\.mqlAt: "2026-06-31T09:00:00Z" is not in the calendar/],
  ['a scoredAt of 2026-09-31 in a history CSV', ['backtest', '--model', 'm.json', 'h.csv'], { 'm.json': MODEL, 'h.csv': 'id,scoredAt\nH1,2026-09-31\n' }, '', /^ma-maturity backtest: leads\[0\]\.scoredAt: "2026-09-31" is not in the calendar/],
  ['a condition value of 2026-02-30', ['score', '--model', 'm.json', 'l.json', ...AS_OF], { 'm.json': modelWith('{"field":"lastVisit","op":"gte","value":"2026-02-30"}'), 'l.json': '{"leads":[]}' }, '', /^ma-maturity score: m\.json: fit\[0\]\.if\.value: "gte" needs a number or an ISO date: "2026-02-30" is not in the calendar/],
  ['a year past 9999', ['kpi', 'k.json', ...AS_OF], { 'k.json': '{"leads":[{"id":"a","mqlAt":"9999-12-31T23:00:00-02:00"}]}' }, '', /^ma-maturity kpi: leads\[0\]\.mqlAt: "9999-12-31T23:00:00-02:00" is not a date between 0000-01-01 and 9999-12-31$/],
  // Points are bounded, so no sum can reach Infinity (printed as null).
  ['points of 1e308', ['score', '--model', 'm.json', 'l.json', ...AS_OF], { 'm.json': '{"fit":[{"id":"a","points":1e308}]}', 'l.json': '{"leads":[]}' }, '', /^ma-maturity score: m\.json: fit\[0\]\.points: points must be between -10000 and 10000$/],
  ['engagement points of -1e308', ['backtest', '--model', 'm.json', 'h.json', ...AS_OF], { 'm.json': '{"engagement":[{"id":"a","event":"x","points":-1e308}]}', 'h.json': '{"leads":[]}' }, '', /^ma-maturity backtest: m\.json: engagement\[0\]\.points: points must be between/],
  ['a band width so small that score / width overflows', ['backtest', '--model', 'm.json', 'h.json', '--band-width', '1e-320', ...AS_OF], { 'm.json': MODEL, 'h.json': '{"leads":[]}' }, '', /^ma-maturity backtest: --band-width: bandWidth must be a number of at least 0\.01$/],
  // Repeated ids are refused in every input, naming both places.
  ['a repeated id in JSON leads', ['score', '--model', 'm.json', 'l.json', ...AS_OF], { 'm.json': MODEL, 'l.json': `{"leads":[${LEAD('L1')},${LEAD('L2')},${LEAD('L1')}]}` }, '', /^ma-maturity score: l\.json: leads\[2\]\.id: the id "L1" is already used at leads\[0\]\.id$/],
  ['the same id as a number and as text', ['score', '--model', 'm.json', 'l.json', ...AS_OF], { 'm.json': MODEL, 'l.json': `[${LEAD(7)},${LEAD('7')}]` }, '', /^ma-maturity score: l\.json: leads\[1\]\.id: the id "7" is already used at leads\[0\]\.id$/],
  ['a repeated id in KPI facts', ['kpi', 'k.json', ...AS_OF], { 'k.json': '{"leads":[{"id":"K1","mqlAt":"2026-11-01"},{"id":"K1","mqlAt":"2026-11-02"}]}' }, '', /^ma-maturity kpi: leads\[1\]\.id: the id "K1" is already used at leads\[0\]\.id$/],
  ['a repeated id in a KPI CSV', ['kpi', 'k.csv', ...AS_OF], { 'k.csv': 'id,mqlAt\nK1,2026-11-01\nK2,2026-11-02\nK1,2026-11-03\n' }, '', /^ma-maturity kpi: k\.csv: row 4: the id "K1" is already used in row 2$/],
  ['a repeated id in a history', ['backtest', '--model', 'm.json', 'h.json', ...AS_OF], { 'm.json': MODEL, 'h.json': '{"leads":[{"id":"H1"},{"id":"H1","won":true}]}' }, '', /^ma-maturity backtest: leads\[1\]\.id: the id "H1" is already used at leads\[0\]\.id$/],
  // A date the core would compute past 9999-12-31 refuses the input it comes from.
  ['plan --start 9999-12-31', ['plan', '--start', '9999-12-31'], {}, '{"answers":{}}', /^ma-maturity plan: --start: this plan takes \d+ days and would end after 9999-12-31; choose an earlier start$/],
  ['plan --start 2026-02-29', ['plan', '--start', '2026-02-29'], {}, '{"answers":{}}', /^ma-maturity plan: --start: "2026-02-29" is not a date/],
  // A command name is looked up among the commands, not Object.prototype.
  ['the command "constructor"', ['constructor'], {}, '', /^ma-maturity: unknown command "constructor"/],
  ['the command "toString"', ['toString'], {}, '', /^ma-maturity: unknown command "toString"/],
];

describe('hostile input to the CLI', () => {
  it.each(refused)('%s: exit 2, one message naming the field, nothing on stdout', async (_name, argv, files, stdin, message) => {
    const r = await run(argv, { files, stdin });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd()).toMatch(message);
    // One message: the first line names the problem (an unknown command adds the usage after it).
    if (!message.source.includes('unknown command')) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('scores two rules at the points bound to a finite total', async () => {
    const model = '{"fit":[{"id":"a","points":10000},{"id":"b","points":10000}],"caps":{"fit":1e308},"grades":{"A":1e308}}';
    const r = await run(['score', '--model', 'm.json', 'l.json', ...AS_OF], { files: { 'm.json': model, 'l.json': `[${LEAD('L1')}]` } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ fit: 20000, total: 20000, grade: 'D' });
  });

  it('keeps every plan date a YYYY-MM-DD up to the last start that fits', async () => {
    const r = await run(['plan', '--start', '9999-12-01', '--as-of', '2026-11-27'], { stdin: '{"answers":{}}' });
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout);
    for (const task of plan.tasks) {
      expect(task.startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(task.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(plan.tasks.at(-1).due <= '9999-12-31').toBe(true);
  });
});

describe('fields named like Object.prototype', () => {
  const rules = ['constructor', 'toString', '__proto__', 'hasOwnProperty'].map((field, i) => ({ id: `r${i}`, if: { field, op: 'exists' }, points: 10 ** i }));
  const model = JSON.stringify({ fit: rules });

  it('are missing on a lead that lacks them (nothing is read from the prototype)', async () => {
    const r = await run(['score', '--model', 'm.json', 'l.json', ...AS_OF], { files: { 'm.json': model, 'l.json': '{"leads":[{"id":"L1","fields":{}}]}' } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ fit: 0, contributions: [] });
  });

  it('are read as fields when a lead has them, in JSON and as CSV columns', async () => {
    const json = '{"leads":[{"id":"L1","fields":{"constructor":"c","toString":"t","__proto__":"p","hasOwnProperty":"h"}}]}';
    const fromJson = await run(['score', '--model', 'm.json', 'l.json', ...AS_OF], { files: { 'm.json': model, 'l.json': json } });
    const fromCsv = await run(['score', '--model', 'm.json', 'l.csv', ...AS_OF], { files: { 'm.json': model, 'l.csv': 'id,constructor,toString,__proto__,hasOwnProperty\nL1,c,t,p,h\n' } });
    expect(JSON.parse(fromJson.stdout).results[0].fit).toBe(1111);
    expect(JSON.parse(fromCsv.stdout)).toEqual(JSON.parse(fromJson.stdout));
  });

  it('in event props count only when the event has them', async () => {
    const engagement = JSON.stringify({ engagement: [{ id: 'e', event: 'page_view', if: { field: 'constructor', op: 'exists' }, points: 5 }] });
    const leads = '{"leads":[{"id":"L1","events":[{"type":"page_view","at":"2026-11-20","props":{}}]},{"id":"L2","events":[{"type":"page_view","at":"2026-11-20","props":{"constructor":1}}]}]}';
    const r = await run(['score', '--model', 'm.json', 'l.json', ...AS_OF], { files: { 'm.json': engagement, 'l.json': leads } });
    expect(JSON.parse(r.stdout).results.map((x: { engagement: number }) => x.engagement)).toEqual([0, 5]);
  });
});

describe('a BOM at the start of any input', () => {
  const file = (name: string) => readFileSync(example(name), 'utf8');
  const withBom = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [k, BOM + v]));
  // Every row has its four parts: jest reads a missing last one as a `done` callback.
  const runs: [string, string[], Record<string, string>, string | undefined][] = [
    ['diagnose, a file', ['diagnose', 'd.json', ...AS_OF], { 'd.json': file('diagnosis.json') }, undefined],
    ['diagnose, stdin', ['diagnose', '-', ...AS_OF], {}, file('diagnosis.json')],
    ['plan, a file', ['plan', 'd.json', '--start', '2026-12-01', ...AS_OF], { 'd.json': file('diagnosis.json') }, undefined],
    ['plan, stdin', ['plan', '--start', '2026-12-01', ...AS_OF], {}, file('respondents.json')],
    ['score, JSON', ['score', '--model', 'm.json', 'l.json', ...AS_OF], { 'm.json': file('models/b2b-enterprise.json'), 'l.json': file('leads.json') }, undefined],
    ['score, CSV and events', ['score', '--model', 'm.json', 'l.csv', '--events', 'e.csv', ...AS_OF], { 'm.json': file('models/b2b-enterprise.json'), 'l.csv': file('leads.csv'), 'e.csv': file('events.csv') }, undefined],
    ['score, stdin', ['score', '--model', 'm.json', '-', ...AS_OF], { 'm.json': file('models/b2b-enterprise.json') }, file('leads.json')],
    ['backtest, JSON and --compare', ['backtest', '--model', 'm.json', '--compare', 'm2.json', 'h.json', ...AS_OF], { 'm.json': file('models/b2b-enterprise.json'), 'm2.json': file('models/b2b-enterprise-v2.json'), 'h.json': file('history.json') }, undefined],
    ['backtest, CSV', ['backtest', '--model', 'm.json', 'h.csv', ...AS_OF], { 'm.json': file('models/b2b-enterprise.json'), 'h.csv': file('history.csv') }, undefined],
    ['kpi, JSON', ['kpi', 'k.json', ...AS_OF], { 'k.json': file('kpi.json') }, undefined],
    ['kpi, CSV', ['kpi', 'k.csv', ...AS_OF], { 'k.csv': file('kpi.csv') }, undefined],
    ['kpi, stdin', ['kpi', '-', ...AS_OF], {}, file('kpi.json')],
  ];

  it.each(runs)('%s: read as without it', async (_name, argv, files, stdin) => {
    const plain = await run(argv, { files, stdin: stdin ?? '' });
    const bom = await run(argv, { files: withBom(files), stdin: stdin === undefined ? '' : BOM + stdin });
    expect(plain.status).toBe(0);
    expect(bom.stderr).toBe('');
    expect(bom.status).toBe(0);
    expect(bom.stdout).toBe(plain.stdout);
  });
});

describe('usage', () => {
  it('without a command goes to stderr with exit 2, nothing on stdout', async () => {
    const r = await run([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ma-maturity: a command is required\nUsage: ma-maturity <command>/);
  });

  it.each([['--help'], ['-h'], ['help']])('asked for with %s goes to stdout with exit 0', async (arg) => {
    const r = await run([arg]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: ma-maturity <command>/);
  });
});
