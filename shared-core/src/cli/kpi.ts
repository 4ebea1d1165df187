// `ma-maturity kpi [FILE|-] [--as-of ISO] [--sla-minutes N]`
import { funnelKpis } from '../rules';
import { flag, parseArgs } from './args';
import type { Command } from './command';
import { CliError } from './errors';
import { asOfFlag, readFacts } from './leadTables';

export const kpiCommand: Command = {
  summary: 'Funnel KPIs: MQL, SAL, SQL, 商談化率, 受注率, SLA compliance, per source, month and definition version',
  usage: 'ma-maturity kpi [FILE.json|FILE.csv|-] [--as-of ISO] [--sla-minutes N]',
  run(argv, io) {
    const args = parseArgs(argv, ['as-of', 'sla-minutes']);
    const asOf = asOfFlag(args, io);
    const slaText = flag(args, 'sla-minutes');
    const slaMinutes = slaText === undefined ? 60 : Number(slaText);
    if (!Number.isFinite(slaMinutes) || slaMinutes <= 0) throw new CliError(`--sla-minutes: "${slaText}" is not a number of minutes greater than 0`);
    const kpis = funnelKpis(readFacts(args, io), { asOf, slaMinutes });
    if (!kpis.ok) throw CliError.fromIssues(kpis.issues);
    return JSON.stringify(kpis.value, null, 2);
  },
};
