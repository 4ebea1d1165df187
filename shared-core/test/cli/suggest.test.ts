import { CURRENT_MODEL, outcomeHistory } from '../rules/outcomeHistory';
import { example, run } from './scoreIo';

const MODEL = example('models/b2b-enterprise.json');
const OUTCOMES = [example('outcomes.csv'), '--events', example('outcomes-events.csv')];

/** A generated history as the CSV pair an export gives. */
function csvHistory(leads: ReturnType<typeof outcomeHistory>): { leads: string; events: string } {
  const rows = leads.map((l) => [l.id, l.scoredAt, l.fields.hasBudget, l.fields.newsletter, l.fields.partner, l.opportunity, l.won].join(','));
  const events = leads.flatMap((l) => l.events.map((e) => [l.id, e.type, e.at, e.props.url ?? '', e.props.form ?? ''].join(',')));
  return { leads: ['id,scoredAt,hasBudget,newsletter,partner,opportunity,won', ...rows].join('\n'), events: ['leadId,type,at,url,form', ...events].join('\n') };
}

describe('ma-maturity suggest', () => {
  it('suggests new points for the example history, judged on its newest leads (the README example)', async () => {
    const r = await run(['suggest', '--model', MODEL, ...OUTCOMES, '--as-of', '2026-11-27', '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s).slice(0, 4)).toEqual(['model', 'changes', 'threshold', 'backtest']);
    for (const c of s.changes) expect(Object.keys(c).slice(0, 4)).toEqual(['rule', 'from', 'to', 'why']);
    expect(s.changes.map((c: { rule: string }) => c.rule)).toEqual([...s.model.fit, ...s.model.engagement].map((r: { id: string }) => r.id));
    expect(Object.keys(s.threshold).slice(0, 2)).toEqual(['from', 'to']);
    expect(s.threshold).toMatchObject({ from: 70, to: s.model.thresholds.mql });
    expect(Object.keys(s.backtest)).toEqual(['current', 'suggested']);
    const points = Object.fromEntries(s.changes.map((c: { rule: string; to: number }) => [c.rule, c.to]));
    // The example's deals follow case studies and decision makers, not company size.
    expect(points['case-study']).toBeGreaterThan(5);
    expect(points['decision-maker']).toBeGreaterThan(20);
    expect(points['large-company']).toBeLessThan(25);
    expect(s.changes.find((c: { rule: string }) => c.rule === 'competitor')).toMatchObject({ from: -50, to: -50, basis: 'kept' });
    expect(s.improvement).toBe(true);
    expect(s.backtest.suggested.leads).toBe(300);
  });

  it('reads the history as JSON or as CSV with the same answer', async () => {
    const leads = outcomeHistory({ leads: 800, seed: 8, signal: true });
    const csv = csvHistory(leads);
    const files = { 'm.json': JSON.stringify(CURRENT_MODEL), 'h.json': JSON.stringify({ leads }), 'h.csv': csv.leads, 'e.csv': csv.events };
    const fromJson = await run(['suggest', '--model', 'm.json', 'h.json', '--as-of', '2026-11-27'], { files });
    const fromCsv = await run(['suggest', '--model', 'm.json', 'h.csv', '--events', 'e.csv', '--as-of', '2026-11-27'], { files });
    expect(fromJson.status).toBe(0);
    expect(fromCsv.stdout).toBe(fromJson.stdout);
    const s = JSON.parse(fromJson.stdout);
    expect(s.changes[0].why).toMatch(/^成果との結びつきが/);
    expect(s.target).toBe('won');
  });

  const files = { 'm.json': JSON.stringify(CURRENT_MODEL), 'h.json': JSON.stringify({ leads: outcomeHistory({ leads: 300, seed: 9, signal: false, winRate: 0.05 }) }) };
  it.each<[string[], RegExp]>([
    [['suggest', '--model', 'm.json', 'h.json'], /^ma-maturity suggest: --as-of: this option is required\n$/],
    [['suggest', '--model', 'm.json', 'h.json', '--as-of', '2026-11-27'], /^ma-maturity suggest: h\.json: history: \d+ of 300 leads were won and \d+ did not; a suggestion needs at least 50 of each; give a longer history, or target opportunities \(\d+ leads became one\)\n$/],
    [['suggest', '--model', 'm.json', 'h.json', '--as-of', '2026-11-27', '--target', 'lost'], /--target: "lost" is not a target; use won or opportunity/],
    [['suggest', '--model', 'm.json', 'h.json', '--as-of', '2026-11-27', '--target-mql-volume', '10', '--target-precision', '0.5'], /--target-precision: give a target MQL volume or a target precision, not both/],
    [['suggest', '--model', 'm.json', 'h.json', '--as-of', '2026-11-27', '--hold-out', '0.9'], /--hold-out: holdOut must be a share between 0\.1 and 0\.5/],
    [['suggest', '--model', 'm.json', 'h.json', '--as-of', '2026-11-27', '--target-precision', 'high'], /--target-precision: "high" is not a number/],
    [['suggest', '--model', 'x.json', 'h.json', '--as-of', '2026-11-27'], /x\.json: no such file/],
  ])('exits 2 with one message naming what is wrong or missing, nothing on stdout: %j', async (argv, message) => {
    const r = await run(argv, { files });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
