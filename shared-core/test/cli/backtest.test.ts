import { example, run } from './scoreIo';

const MODEL = example('models/b2b-enterprise.json');

describe('ma-maturity backtest', () => {
  it('reports one model on the example history', async () => {
    const r = await run(['backtest', '--model', MODEL, example('history.json'), '--target-volume', '10']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.leads).toBe(40);
    expect(report.mql.count + report.nonMql.count).toBe(40);
    expect(report.suggested.forVolume).toMatchObject({ target: 10, mql: 10, reached: true });
    expect(r.stderr).toBe('');
  });

  it('compares two models side by side', async () => {
    const r = await run(['backtest', '--model', MODEL, '--compare', example('models/b2b-enterprise-v2.json'), example('history.json')]);
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(Object.keys(c)).toEqual(['before', 'after', 'delta', 'movement']);
    expect(c.after.threshold).toBe(60);
    expect(c.delta.mql).toBe(c.after.mql.count - c.before.mql.count);
    expect(c.movement.leftMql).toBe(0);
  });

  it('reads a CSV history with outcome columns', async () => {
    const r = await run(['backtest', '--model', MODEL, example('history.csv')]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ leads: 12 });
  });

  it('shows progress on stderr only on a terminal', async () => {
    const tty = await run(['backtest', '--model', MODEL, example('history.json')], { isTTY: true });
    expect(tty.stderr).toContain('backtest: 40 / 40 leads');
    expect(JSON.parse(tty.stdout).leads).toBe(40);
  });

  it.each<[string[], Record<string, string>, RegExp]>([
    [['backtest', '--model', 'm.json', 'h.json'], { 'm.json': '{}', 'h.json': '{"leads":[{"id":"a"}]}' }, /leads\[0\]\.scoredAt: a scoring date is needed/],
    [['backtest', '--model', 'm.json', '--compare', 'c.json', 'h.json'], { 'm.json': '{}', 'c.json': '{"decay":{"halfLifeDays":-1}}', 'h.json': '{"leads":[]}' }, /c\.json: decay\.halfLifeDays/],
    [['backtest', '--model', 'm.json', 'h.json', '--target-precision', '1.5'], { 'm.json': '{}', 'h.json': '{"leads":[]}' }, /--target-precision: targetPrecision must be a share between 0 and 1/],
    [['backtest', '--model', 'm.json', 'h.json', '--target-volume', 'many'], { 'm.json': '{}', 'h.json': '{"leads":[]}' }, /--target-volume: "many" is not a number/],
    [['backtest', '--model', 'm.json', 'h.json'], { 'm.json': '{}', 'h.json': '{"leads":[{"id":"a","scoredAt":"2026-01-01","won":"yes"}]}' }, /leads\[0\]\.won/],
  ])('exits 2 naming the problem, nothing on stdout: %j', async (argv, files, message) => {
    const r = await run(argv, { files });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
