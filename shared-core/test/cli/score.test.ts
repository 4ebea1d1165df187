import { example, run } from './scoreIo';

const MODEL = example('models/b2b-enterprise.json');

describe('ma-maturity score', () => {
  it('scores the example leads (JSON) with contributions', async () => {
    const r = await run(['score', '--model', MODEL, example('leads.json'), '--as-of', '2026-11-27T00:00:00Z']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const { results } = JSON.parse(r.stdout);
    expect(results.map((x: { id: string }) => x.id)).toEqual(['L1', 'L2', 'L3', 'L4']);
    const l1 = results[0];
    expect(Object.keys(l1)).toEqual(['id', 'fit', 'engagement', 'total', 'grade', 'mql', 'contributions']);
    expect(l1).toMatchObject({ fit: 60, grade: 'A', mql: true });
    // The demo request was 7 days before asOf with a 45-day half-life.
    expect(l1.contributions.find((c: { rule: string }) => c.rule === 'demo-request').points).toBeCloseTo(40 * 0.5 ** (6.583333333333333 / 45), 10);
    // L4's demo request is dated after asOf and does not count; the competitor rule does.
    expect(results[3].contributions.map((c: { rule: string }) => c.rule)).toEqual(expect.arrayContaining(['competitor']));
    expect(results[3].contributions.map((c: { rule: string }) => c.rule)).not.toContain('demo-request');
  });

  it('gives the same results from the CSV leads and events as from JSON', async () => {
    const fromJson = await run(['score', '--model', MODEL, example('leads.json'), '--as-of', '2026-11-27T00:00:00Z']);
    const fromCsv = await run(['score', '--model', MODEL, example('leads.csv'), '--events', example('events.csv'), '--as-of', '2026-11-27T00:00:00Z']);
    expect(fromCsv.status).toBe(0);
    expect(JSON.parse(fromCsv.stdout)).toEqual(JSON.parse(fromJson.stdout));
  });

  it('reads JSON that starts with a BOM', async () => {
    const r = await run(['score', '--model', 'm.json', 'l.json', '--as-of', '2026-11-27'], {
      files: { 'm.json': '\uFEFF{"fit":[{"id":"a","points":5}]}', 'l.json': '\uFEFF{"leads":[{"id":"x"}]}' },
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ id: 'x', fit: 5 });
  });

  it('reads stdin and uses the clock when --as-of is left out', async () => {
    const stdin = JSON.stringify({ leads: [{ id: 'S1', fields: { employees: 2000 }, events: [] }] });
    const r = await run(['score', '--model', MODEL, '-'], { stdin });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ id: 'S1', fit: 25 });
  });

  it.each<[string[], Record<string, string>, RegExp]>([
    [['score', '--model', 'm.json', 'l.json'], { 'm.json': '{"fit":[{"id":"a","points":"ten"}]}', 'l.json': '{"leads":[]}' }, /m\.json: fit\[0\]\.points: points must be a number/],
    [['score', '--model', 'm.json', 'l.json'], { 'm.json': '{"fit":[{"id":"a","if":{"field":"x","op":"like","value":1},"points":1},{"id":"a","points":2}]}', 'l.json': '{}' }, /fit\[0\]\.if\.op: unknown operator "like"[\s\S]*fit\[1\]\.id: rule id "a" is already used/],
    [['score', '--model', 'm.json', 'l.json'], { 'm.json': '{}', 'l.json': '{"leads":[{"id":"x","events":[{"type":"page_view","at":"monday"}]}]}' }, /leads\[0\]\.events\[0\]\.at/],
    [['score', 'l.json'], { 'l.json': '{}' }, /--model: this option is required/],
    [['score', '--model', 'm.json', 'l.json', '--as-of', 'tomorrow'], { 'm.json': '{}', 'l.json': '{}' }, /--as-of: "tomorrow"/],
    [['score', '--model', 'm.json', 'l.json'], { 'm.json': '{ not json', 'l.json': '{}' }, /m\.json: not valid JSON/],
    [['score', '--model', 'm.json', 'l.csv'], { 'm.json': '{}', 'l.csv': 'name,employees\nA,3\n' }, /l\.csv: row 2: the "id" column is required/],
    [['score', '--model', 'm.json', 'l.csv'], { 'm.json': '{}', 'l.csv': 'id\nL1\nL2\nL1\n' }, /l\.csv: row 4: the id "L1" is already used in row 2/],
    [['score', '--model', 'm.json', 'l.csv', '--events', 'e.csv'], { 'm.json': '{}', 'l.csv': 'id\nL1\n', 'e.csv': 'leadId,type,at\nL9,page_view,2026-11-01\n' }, /e\.csv: row 2: no lead with id "L9"/],
    [['score', '--model', 'm.json', 'l.json', '--events', 'e.csv'], { 'm.json': '{}', 'l.json': '{"leads":[]}', 'e.csv': '' }, /--events: only used with a CSV/],
    [['score', '--model', 'm.json', '--fast'], { 'm.json': '{}' }, /--fast: unknown option/],
  ])('exits 2 naming the problem, nothing on stdout: %j', async (argv, files, message) => {
    const r = await run(argv, { files });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
