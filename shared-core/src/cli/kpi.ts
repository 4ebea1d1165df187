// `ma-maturity kpi [FILE|-] [--as-of ISO] [--sla-minutes N] [--program PROGRAM.json]`
import { funnelKpis } from '../rules';
import { flag, parseArgs } from './args';
import type { Command } from './command';
import { CliError } from './errors';
import { asOfFlag, readFacts, readJsonFile } from './leadTables';

/** The handoff rules of a program file (`{model, definitions, handoff}`), if it has any. */
function programHandoff(program: unknown, file: string): unknown {
  if (typeof program !== 'object' || program === null || Array.isArray(program)) throw new CliError(`${file}: expected a program {"model", "definitions", "handoff"}`);
  return (program as { handoff?: unknown }).handoff;
}

export const kpiCommand: Command = {
  summary: 'Funnel KPIs: MQL, SAL, SQL, 商談化率, 受注率, SLA compliance, per source, month and definition version',
  usage: 'ma-maturity kpi [FILE.json|FILE.csv|-] [--as-of ISO] [--sla-minutes N] [--program PROGRAM.json]',
  run(argv, io) {
    const args = parseArgs(argv, ['as-of', 'sla-minutes', 'program']);
    const asOf = asOfFlag(args, io);
    const slaText = flag(args, 'sla-minutes');
    const slaMinutes = slaText === undefined ? undefined : Number(slaText);
    if (slaMinutes !== undefined && (!Number.isFinite(slaMinutes) || slaMinutes <= 0)) {
      throw new CliError(`--sla-minutes: "${slaText}" is not a number of minutes greater than 0`);
    }
    // Without --sla-minutes the SLA is the program's agreed first-touch SLA (the core's default without a program).
    const programFile = flag(args, 'program');
    const handoff = programFile === undefined ? undefined : programHandoff(readJsonFile(io, programFile, programFile), programFile);
    const kpis = funnelKpis(readFacts(args, io), { asOf, ...(slaMinutes === undefined ? {} : { slaMinutes }), ...(handoff === undefined ? {} : { handoff }) });
    if (!kpis.ok) throw CliError.fromIssues(kpis.issues);
    return JSON.stringify(kpis.value, null, 2);
  },
};
