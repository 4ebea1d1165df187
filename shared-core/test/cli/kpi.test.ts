import { example, run } from './scoreIo';

describe('ma-maturity kpi', () => {
  it('prints the funnel KPIs of the example, the same from JSON and CSV', async () => {
    const json = await run(['kpi', example('kpi.json'), '--as-of', '2026-11-27T00:00:00Z']);
    const csv = await run(['kpi', example('kpi.csv'), '--as-of', '2026-11-27T00:00:00Z']);
    expect(json.status).toBe(0);
    expect(csv.status).toBe(0);
    const k = JSON.parse(json.stdout);
    expect(JSON.parse(csv.stdout)).toEqual(k);
    expect(k).toMatchObject({ mql: 7, sal: 3, sql: 3, opportunities: 3, won: 1, slaMet: 3, slaBreached: 3, slaPending: 1, slaCompliance: 0.5, medianMinutesToFirstTouch: 45 });
    expect(k.opportunityRate).toBeCloseTo(3 / 7, 12);
    expect(k.winRate).toBeCloseTo(1 / 3, 12);
    expect(k.byDefinitionVersion.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(k.salRejectionsByReason).toEqual([
      { reason: 'duplicate', group: 'clerical', count: 1 },
      { reason: 'no-need', group: 'definitional', count: 1 },
    ]);
  });

  it('takes --sla-minutes and reads stdin', async () => {
    const stdin = JSON.stringify({ leads: [{ id: 'a', mqlAt: '2026-11-26T20:00:00Z', firstTouchAt: '2026-11-26T21:30:00Z' }] });
    const strict = JSON.parse((await run(['kpi', '-', '--as-of', '2026-11-27'], { stdin })).stdout);
    const loose = JSON.parse((await run(['kpi', '--as-of', '2026-11-27', '--sla-minutes', '120'], { stdin })).stdout);
    expect(strict.slaCompliance).toBe(0);
    expect(loose.slaCompliance).toBe(1);
  });

  it.each<[string[], Record<string, string>, string | undefined, RegExp]>([
    [['kpi', 'k.json'], { 'k.json': '{"leads":[{"id":"a","mqlAt":"last week"}]}' }, undefined, /leads\[0\]\.mqlAt/],
    [['kpi', 'k.json'], { 'k.json': '{"leads":[{"mqlAt":"2026-11-01"}]}' }, undefined, /leads\[0\]\.id/],
    [['kpi', 'k.json', '--sla-minutes', '0'], { 'k.json': '{"leads":[]}' }, undefined, /--sla-minutes: "0"/],
    [['kpi', '-'], {}, '   ', /stdin: the input is empty/],
    [['kpi', 'missing.json'], {}, undefined, /missing\.json: no such file/],
  ])('exits 2 naming the problem, nothing on stdout: %j', async (argv, files, stdin, message) => {
    const r = await run(argv, stdin === undefined ? { files } : { files, stdin });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
