// `ma-maturity evaluate` on the example program: the contract's JSON out,
// the same answer as the core, and bad input refused by the CLI's contract.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateLeads } from '../../src/rules';
import { cli, example } from './run';

const ASOF = '2026-11-27T09:00:00Z';
const read = (name: string): unknown => JSON.parse(readFileSync(example(name), 'utf8'));

describe('ma-maturity evaluate', () => {
  it('prints one result per lead, in the contract’s shape, as the core answers', async () => {
    const run = await cli(['evaluate', '--program', example('program.json'), example('evaluate-leads.json'), '--as-of', ASOF]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { results: Record<string, unknown>[] };
    expect(out.results.map((r) => Object.keys(r).sort())).toEqual(Array(4).fill(['actions', 'changes', 'handoff', 'id', 'score', 'stage']));
    const core = evaluateLeads(read('program.json'), read('evaluate-leads.json'), ASOF);
    expect(core.ok && out).toEqual(core.ok && core.value);
  });

  it('shows the example’s four situations: a new MQL, an escalation past the SLA, a recycle, a lead still nurtured', async () => {
    const run = await cli(['evaluate', '--program', example('program.json'), example('evaluate-leads.json'), '--as-of', ASOF, '--lang', 'en']);
    const byId = Object.fromEntries((JSON.parse(run.stdout) as { results: { id: string }[] }).results.map((r) => [r.id, r]));
    expect(byId.L1).toMatchObject({ stage: 'mql', changes: { mqlAt: '2026-11-27T09:00:00.000Z', definitionVersion: 1 } });
    expect(byId.L2).toMatchObject({ stage: 'mql', handoff: { status: 'breached', minutesOverdue: 5 }, changes: { escalationStep: 2 }, actions: [{ type: 'reassign', step: 1 }] });
    expect(byId.L3).toMatchObject({ stage: 'recycled', actions: [{ type: 'recycle', reason: 'no-need' }] });
    expect(byId.L4).toMatchObject({ stage: 'lead', actions: [] });
  });

  it('adds the explanation a record page shows with --explain', async () => {
    const run = await cli(['evaluate', '--program', example('program.json'), example('evaluate-leads.json'), '--as-of', ASOF, '--explain']);
    const first = (JSON.parse(run.stdout) as { results: { explain: { contributions: unknown[]; decidedBy: unknown[]; handoff: { nextAction: { text: string } } } }[] }).results[0]!;
    expect(first.explain.contributions.length).toBeGreaterThan(0);
    expect(first.explain.decidedBy.length).toBeGreaterThanOrEqual(3);
    expect(first.explain.handoff.nextAction.text).toMatch(/初回接触/);
  });

  const dir = mkdtempSync(join(tmpdir(), 'ma-eval-'));
  const file = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };
  const program = read('program.json') as { definitions: Record<string, unknown> };

  it.each([
    ['a set not agreed', () => ['--program', file('draft.json', { ...program, definitions: { ...program.definitions, state: 'in_review' } }), example('evaluate-leads.json'), '--as-of', ASOF], /draft\.json: definitions\.state: only an agreed definition set is enforced/],
    ['no --as-of', () => ['--program', example('program.json'), example('evaluate-leads.json')], /--as-of: this option is required/],
    ['no --program', () => [example('evaluate-leads.json'), '--as-of', ASOF], /--program: this option is required/],
    ['an impossible --as-of', () => ['--program', example('program.json'), example('evaluate-leads.json'), '--as-of', 'tomorrow'], /--as-of: "tomorrow" is not an ISO date/],
    ['a lead without id', () => ['--program', example('program.json'), file('noid.json', { leads: [{ fields: {} }] }), '--as-of', ASOF], /leads\[0\]\.id: a lead in a list needs an id/],
    ['a misspelt fact', () => ['--program', example('program.json'), file('typo.json', { leads: [{ id: 'a', facts: { mqlat: ASOF } }] }), '--as-of', ASOF], /leads\[0\]\.facts: .*mqlat/],
    ['a repeated id', () => ['--program', example('program.json'), file('dup.json', { leads: [{ id: 'a' }, { id: 'a' }] }), '--as-of', ASOF], /leads\[1\]\.id: the id "a" is already used at leads\[0\]\.id/],
    ['a program that is not JSON', () => ['--program', file('bad.json', '{"model":'), example('evaluate-leads.json'), '--as-of', ASOF], /bad\.json: not valid JSON/],
  ])('%s: exit 2, one message naming the field, nothing on stdout', async (_name, argv, message) => {
    const run = await cli(['evaluate', ...argv()]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
