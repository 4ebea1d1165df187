// `evaluate --format ndjson|csv`: a CRM export in, the engine's answer out as
// an import file (the facts after the write, the clock, what to do now), read
// and written lead by lead, never cut short by a bad lead.
import { readFileSync } from 'node:fs';
import { example, run } from './scoreIo';

const PROGRAM = example('program.json');
const AS_OF = ['--as-of', '2026-11-27T09:00:00Z'];
const lines = (text: string) => text.trimEnd().split('\n');
const leads = (JSON.parse(readFileSync(example('evaluate-leads.json'), 'utf8')) as { leads: Record<string, unknown>[] }).leads;

describe('evaluate streams', () => {
  it('NDJSON in, NDJSON out: one engine answer a line, the same as the JSON document', async () => {
    const ndjson = leads.map((l) => JSON.stringify(l)).join('\n');
    const streamed = await run(['evaluate', '--program', PROGRAM, 'l.ndjson', ...AS_OF, '--format', 'ndjson'], { files: { 'l.ndjson': ndjson } });
    expect(streamed.status).toBe(0);
    const whole = await run(['evaluate', '--program', PROGRAM, example('evaluate-leads.json'), ...AS_OF]);
    expect(lines(streamed.stdout).map((l) => JSON.parse(l))).toEqual(JSON.parse(whole.stdout).results);
  });

  it('CSV in (fact columns beside the fields, events joined), CSV out: the facts after the write, the clock and the actions', async () => {
    const files = {
      'l.csv': ['id,employees,jobLevel,country,mqlAt,assignedAt,score,grade,definitionVersion,escalationStep', 'C1,2400,director,JP,,,,,,', 'C2,600,manager,JP,2026-11-27T07:55:00Z,2026-11-27T07:55:00Z,30,B,1,1'].join('\n'),
      'e.csv': 'leadId,type,at,form\nC1,form_submit,2026-11-27T08:00:00Z,demo-request\n',
    };
    const r = await run(['evaluate', '--program', PROGRAM, 'l.csv', '--events', 'e.csv', ...AS_OF, '--format', 'csv'], { files });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [header, c1, c2] = lines(r.stdout);
    expect(header).toBe('id,score,grade,stage,mqlAt,definitionVersion,assignedAt,escalationStep,recycledAt,handoffStatus,minutesLeft,minutesOverdue,actions');
    // C1 becomes MQL now, is assigned and gets its task; C2, untouched 65 minutes, is past the SLA: reassigned.
    expect(c1).toMatch(/^C1,[\d.]+,A,mql,2026-11-27T09:00:00\.000Z,1,2026-11-27T09:00:00\.000Z,,,on-time,60,,assign;create-task;notify$/);
    expect(c2).toMatch(/^C2,[\d.]+,[A-D],mql,2026-11-27T07:55:00Z,1,2026-11-27T07:55:00Z,2,,breached,,5,reassign$/);
  });

  it('a bad lead late in the file: exit 2, its line and field named, nothing on stdout', async () => {
    const ndjson = [...Array.from({ length: 500 }, (_, i) => JSON.stringify({ id: `N${i}`, facts: {} })), JSON.stringify({ id: 'bad', facts: { salAt: 'tomorrow' } })].join('\n');
    const r = await run(['evaluate', '--program', PROGRAM, 'l.ndjson', ...AS_OF, '--format', 'csv'], { files: { 'l.ndjson': ndjson } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('ma-maturity evaluate: l.ndjson: line 501: facts.salAt: "tomorrow" is not an ISO date such as 2026-11-01 or 2026-11-01T09:00:00Z\n');
  });

  it('a repeated id, and an asOf too late to date a task, are refused', async () => {
    const dup = await run(['evaluate', '--program', PROGRAM, 'l.ndjson', ...AS_OF, '--format', 'ndjson'], { files: { 'l.ndjson': '{"id":"a"}\n{"id":"a"}\n' } });
    expect(dup.status).toBe(2);
    expect(dup.stderr).toBe('ma-maturity evaluate: l.ndjson: line 2: id: the id "a" is already used at line 1\n');
    const late = await run(['evaluate', '--program', PROGRAM, 'l.ndjson', '--as-of', '9999-06-01', '--format', 'ndjson'], { files: { 'l.ndjson': '{"id":"a"}\n' } });
    expect(late.status).toBe(2);
    expect(late.stderr).toMatch(/--as-of: asOf is too late/);
  });
});
