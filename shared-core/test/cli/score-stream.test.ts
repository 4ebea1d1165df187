// `score --format ndjson|csv`: import files straight out of a CRM export,
// read and written lead by lead, and never cut short by a bad lead.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run';
import { example, run } from './scoreIo';

const MODEL = example('models/b2b-enterprise.json');
const AS_OF = ['--as-of', '2026-11-27T00:00:00Z'];
const CSV_INPUT = [example('leads.csv'), '--events', example('events.csv')];

const lines = (text: string) => text.trimEnd().split('\n');
const jsonResults = async () => JSON.parse((await run(['score', '--model', MODEL, example('leads.json'), ...AS_OF])).stdout).results;

describe('score --format csv: the import file', () => {
  it('has the documented columns, one row a lead in input order, the score as MA_Score__c holds it; no program, no stamp', async () => {
    const r = await run(['score', '--model', MODEL, ...CSV_INPUT, ...AS_OF, '--format', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const results = await jsonResults();
    // The model's own threshold is a preview figure: without the agreed set nothing becomes MQL.
    expect(lines(r.stdout)).toEqual([
      'id,score,grade,stage,mqlAt,definitionVersion',
      ...results.map((x: { id: string; total: number; grade: string }) => [x.id, Math.round(x.total * 10) / 10, x.grade, 'lead', '', ''].join(',')),
    ]);
    expect(lines(r.stdout)[1]).toBe('L1,118.2,A,lead,,');
  });

  it('keeps a recorded MQL date, and takes the stage and stamp from the lifecycle engine under the agreed set', async () => {
    const leads = [
      'id,employees,jobLevel,budget,authority,need,timeline,mqlAt,salAt,definitionVersion',
      'R1,2400,director,allocated,decision-maker,true,within-3-months,2026-10-01T09:00:00Z,2026-10-02T09:00:00Z,3',
      'R2,2400,director,,,,,2026-10-05,,',
      'R3,10,staff,,,,,,,',
    ].join('\n');
    const events = 'leadId,type,at,form\nR1,form_submit,2026-11-20,demo-request\n';
    const files = { 'l.csv': leads, 'e.csv': events, 'm.json': JSON.stringify(require(MODEL)), 'program.json': JSON.stringify(require(example('program.json'))) };
    const plain = await run(['score', '--model', 'm.json', 'l.csv', '--events', 'e.csv', ...AS_OF, '--format', 'csv'], { files });
    expect(lines(plain.stdout).slice(1).map((l) => l.split(',').slice(3).join(','))).toEqual(['mql,2026-10-01T09:00:00.000Z,3', 'mql,2026-10-05T00:00:00.000Z,', 'lead,,']);
    const agreed = await run(['score', '--model', 'm.json', 'l.csv', '--events', 'e.csv', ...AS_OF, '--format', 'csv', '--program', 'program.json'], { files });
    expect(agreed.status).toBe(0);
    // R1 was accepted and meets the SQL criteria; R2 stays MQL by its recorded date.
    expect(lines(agreed.stdout).slice(1).map((l) => l.split(',')[3])).toEqual(['sql', 'mql', 'lead']);
  });

  it('sets the definition version for a lead that becomes MQL in this run', async () => {
    const r = await run(['score', '--model', MODEL, example('leads.json'), ...AS_OF, '--format', 'csv', '--program', example('program.json')]);
    expect(lines(r.stdout)[1]).toBe('L1,118.2,A,mql,2026-11-27T00:00:00.000Z,1');
  });
});

describe('score --format ndjson and json', () => {
  it('ndjson: one result a line, the JSON result with stage, MQL date and definition version', async () => {
    const r = await run(['score', '--model', MODEL, example('leads.json'), ...AS_OF, '--format', 'ndjson']);
    expect(r.status).toBe(0);
    const rows = lines(r.stdout).map((l) => JSON.parse(l));
    const results = await jsonResults();
    // No program: nothing is stamped (the model's `mql` flag is only a preview).
    expect(rows).toEqual(results.map((x: object) => ({ ...x, stage: 'lead', mqlAt: null, definitionVersion: null })));
  });

  it('reads NDJSON leads (one lead a line, blank lines skipped) with the same results as JSON', async () => {
    const leads = JSON.parse(require('node:fs').readFileSync(example('leads.json'), 'utf8')).leads;
    const ndjson = `${leads.map((l: unknown) => JSON.stringify(l)).join('\n')}\n\n`;
    const r = await run(['score', '--model', MODEL, 'l.ndjson', ...AS_OF], { files: { 'l.ndjson': ndjson } });
    expect(JSON.parse(r.stdout).results).toEqual(await jsonResults());
    const fromStdin = await run(['score', '--model', MODEL, '-', ...AS_OF], { stdin: ndjson });
    expect(fromStdin.stdout).toBe(r.stdout);
    // A JSON document on one line, with its leads under any key order, is still a document.
    const oneLine = await run(['score', '--model', MODEL, '-', ...AS_OF], { stdin: JSON.stringify({ source: 'crm', leads }) });
    expect(oneLine.stdout).toBe(r.stdout);
  });

  it('json stays one compact document, one result a line', async () => {
    const r = await run(['score', '--model', MODEL, example('leads.json'), ...AS_OF]);
    const out = lines(r.stdout);
    expect(out[0]).toBe('{"results":[');
    expect(out.at(-1)).toBe(']}');
    expect(out).toHaveLength(4 + 2);
    const empty = await run(['score', '--model', MODEL, 'l.json', ...AS_OF], { files: { 'l.json': '{"leads":[]}' } });
    expect(JSON.parse(empty.stdout)).toEqual({ results: [] });
  });
});

describe('reading record by record', () => {
  const files = {
    'm.json': JSON.stringify({ fit: [{ id: 'big', if: { field: 'employees', op: 'gte', value: 100 }, points: 30 }], engagement: [{ id: 'v', event: 'page_view', points: 5 }], thresholds: { mql: 30 } }),
    'l.csv': '\uFEFFid,company,employees\r\nA1,"東邦精機, 株式会社",200\r\nA2,"say ""hi""\nthere",50\r\nA3,北山,300\r\n',
    'e.csv': 'leadId,type,at,url\nA1,page_view,2026-11-20,"/a,b"\nA1,page_view,2026-11-21,/c\nA3,page_view,2026-11-22,/d\n',
    'l.ndjson': '{"id":"N1","fields":{"employees":500},"events":[{"type":"page_view","at":"2026-11-20T00:00:00Z"}]}\r\n{"id":"N2","fields":{"employees":5}}\n',
  };

  it.each([1, 2, 3, 7, 64])('gives the same answer whatever the chunk size (%i characters)', async (size) => {
    for (const argv of [
      ['score', '--model', 'm.json', 'l.csv', '--events', 'e.csv', ...AS_OF, '--format', 'csv'],
      ['score', '--model', 'm.json', 'l.ndjson', ...AS_OF, '--format', 'ndjson'],
    ]) {
      const whole = await run(argv, { files });
      const inChunks = await run(argv, { files, chunkSize: size });
      expect(whole.status).toBe(0);
      expect(inChunks).toEqual(whole);
    }
    const csv = await run(['score', '--model', 'm.json', 'l.csv', '--events', 'e.csv', ...AS_OF, '--format', 'csv'], { files, chunkSize: size });
    expect(lines(csv.stdout)).toEqual(['id,score,grade,stage,mqlAt,definitionVersion', 'A1,40,D,lead,,', 'A2,0,D,lead,,', 'A3,35,D,lead,,']);
  });

  it('reads a JSON document on one long line, given in small chunks', async () => {
    const leads = Array.from({ length: 3000 }, (_, i) => ({ id: `J${i}`, fields: { employees: i }, events: [{ type: 'page_view', at: '2026-11-20T00:00:00Z' }] }));
    const doc = { 'm.json': files['m.json'], 'l.json': JSON.stringify({ leads }) };
    const r = await run(['score', '--model', 'm.json', 'l.json', ...AS_OF, '--format', 'csv'], { files: doc, chunkSize: 100 });
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(3001);
  });

  it('reads a large file from disk in chunks, Japanese text across chunk edges included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'score-stream-'));
    try {
      const rows = Array.from({ length: 30_000 }, (_, i) => `K${i},東邦精機株式会社 第${i}工場,${i % 500}`);
      const leadsFile = join(dir, 'leads.csv');
      writeFileSync(leadsFile, `id,company,employees\n${rows.join('\n')}\n`);
      writeFileSync(join(dir, 'm.json'), files['m.json']);
      const r = await cli(['score', '--model', join(dir, 'm.json'), leadsFile, ...AS_OF, '--format', 'ndjson']);
      expect(r.status).toBe(0);
      const out = lines(r.stdout);
      expect(out).toHaveLength(30_000);
      expect(JSON.parse(out[29_999] as string)).toMatchObject({ id: 'K29999', total: 30 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bad input while streaming: exit 2, the lead and field named, nothing on stdout', () => {
  it('a bad lead near the end of a large file leaves stdout empty and no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'score-stream-'));
    // The spool goes to the temporary folder: a private one here, to see that it is left empty.
    const spools = mkdtempSync(join(tmpdir(), 'score-spools-'));
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = spools;
    try {
      const good = (i: number) => JSON.stringify({ id: `L${i}`, fields: { employees: i }, events: [{ type: 'page_view', at: '2026-11-01T00:00:00Z' }] });
      const rows = Array.from({ length: 5000 }, (_, i) => good(i + 1));
      rows[4998] = JSON.stringify({ id: 'L4999', events: [{ type: 'page_view', at: 'last tuesday' }] });
      writeFileSync(join(dir, 'leads.ndjson'), `${rows.join('\n')}\n`);
      writeFileSync(join(dir, 'm.json'), files());
      const r = await cli(['score', '--model', join(dir, 'm.json'), join(dir, 'leads.ndjson'), ...AS_OF, '--format', 'csv']);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`ma-maturity score: ${join(dir, 'leads.ndjson')}: line 4999: events[0].at: "last tuesday" is not an ISO date such as 2026-11-01 or 2026-11-01T09:00:00Z\n`);
      expect(readdirSync(spools)).toEqual([]);
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
      rmSync(dir, { recursive: true, force: true });
      rmSync(spools, { recursive: true, force: true });
    }
  });

  function files(): string {
    return JSON.stringify({ fit: [{ id: 'a', points: 1 }] });
  }

  const model = JSON.stringify({ fit: [{ id: 'a', points: 1 }], thresholds: { mql: 1 } });
  it.each<[string, string[], Record<string, string>, string]>([
    ['a JSON lead, by path', ['l.json'], { 'l.json': '{"leads":[{"id":"x"},{"id":"y","fields":[1]}]}' }, 'l.json: leads[1].fields: expected an object of named values'],
    ['a CSV lead, by row', ['l.csv'], { 'l.csv': 'id,mqlAt\nA,2026-01-01\nB,someday\n' }, 'l.csv: row 3: mqlAt: "someday" is not an ISO date such as 2026-11-01 or 2026-11-01T09:00:00Z'],
    ['an NDJSON line that is not JSON', ['l.ndjson'], { 'l.ndjson': '{"id":"a"}\n{"id":\n' }, 'l.ndjson: line 2: not valid JSON'],
    ['events out of the leads order', ['l.csv', '--events', 'e.csv'], { 'l.csv': 'id\nA\nB\n', 'e.csv': 'leadId,type,at\nA,v,2026-01-01\nB,v,2026-01-01\nA,v,2026-01-02\n' }, 'e.csv: row 4: the events of lead "A" come after those of later leads; group the events by lead in the order of the leads file (for example, sort both by id)'],
    ['an event for no lead', ['l.csv', '--events', 'e.csv'], { 'l.csv': 'id\nA\n', 'e.csv': 'leadId,type,at\nA,v,2026-01-01\nZ,v,2026-01-01\n' }, 'e.csv: row 3: no lead with id "Z" in the leads file'],
    ['a duplicate CSV id', ['l.csv'], { 'l.csv': 'id\nA\nB\nA\n' }, 'l.csv: row 4: the id "A" is already used in row 2'],
    ['a program whose set is not agreed', ['l.json', '--program', 'p.json'], { 'l.json': '{"leads":[]}', 'p.json': JSON.stringify({ ...require(example('program.json')), definitions: { ...require(example('program.json')).definitions, state: 'draft' } }) }, 'p.json: definitions.state: only an agreed definition set is enforced'],
    ['an empty input', ['l.ndjson'], { 'l.ndjson': '\n \n' }, 'l.ndjson: the input is empty'],
  ])('%s', async (_, input, given, message) => {
    for (const format of ['csv', 'ndjson', 'json']) {
      const r = await run(['score', '--model', 'm.json', ...input, ...AS_OF, '--format', format], { files: { 'm.json': model, ...given } });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
    }
  });

  it('refuses an unknown format', async () => {
    const r = await run(['score', '--model', 'm.json', 'l.json', '--format', 'xml'], { files: { 'm.json': model, 'l.json': '{"leads":[]}' } });
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'ma-maturity score: --format: "xml" is not a format; use json, ndjson, csv\n' });
  });

  it('lists up to 20 bad leads, then stops', async () => {
    const leads = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `B${i}`, fields: 'none' })).join('\n');
    const r = await run(['score', '--model', 'm.json', 'l.ndjson', ...AS_OF, '--format', 'csv'], { files: { 'm.json': model, 'l.ndjson': leads } });
    expect(r.status).toBe(2);
    const problems = lines(r.stderr);
    expect(problems).toHaveLength(21);
    expect(problems[0]).toBe('ma-maturity score: l.ndjson: line 1: fields: expected an object of named values, such as {"industry": "manufacturing"}');
    expect(problems[20]).toBe('l.ndjson: stopped after 20 leads with problems');
  });
});
