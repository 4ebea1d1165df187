// `npm run bench`: scoring throughput of this engine and of json-rules-engine
// on the same generated population, rules and decay; then the time to
// diagnose, to plan, and to backtest 100,000 leads. The last line is
// `scoring: <ratio>x json-rules-engine`.
//
// The population is generated in seeded batches of 1,000 leads, so every
// engine sees the same leads without 2,000,000 events held in memory at once
// (a batch job streams its export the same way); only totals are kept.
import { performance } from 'node:perf_hooks';
import * as core from '../src';
import { backtest, compileModel, scoreLeads, ScoringLeadSchema } from '../src/rules';
import { AS_OF, BENCH_MODEL, generateLeads, withOutcomes, type BenchLead } from './population';
import { jreScorer } from './jreScorer';

const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const EVENTS = 20;
const BATCH = 1000;
// json-rules-engine runs once per event, asynchronously (2,000,000 runs for the full population:
// minutes of CPU on a shared machine), so it scores the first BENCH_JRE_LEADS leads of the same
// population and is compared per lead. BENCH_JRE_LEADS=100000 runs it on every lead.
const JRE_LEADS = Math.min(LEADS, Number(process.env.BENCH_JRE_LEADS ?? 10_000));

const progress = process.stderr.isTTY ? (text: string) => process.stderr.write(`\r${text}`) : () => undefined;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const batches = (count: number) => Math.ceil(count / BATCH);
const batch = (i: number, count: number): BenchLead[] => generateLeads(Math.min(BATCH, count - i * BATCH), EVENTS, 1000 + i);
const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
};
const line = (label: string, leads: number, ms: number, note = '') =>
  console.log(`${label.padEnd(30)} ${fmt((leads / ms) * 1000).padStart(9)} leads/s  (${fmt(leads)} leads in ${(ms / 1000).toFixed(2)} s${note})`);

async function main(): Promise<void> {
  const asOfMs = Date.parse(AS_OF);
  const ruleCount = BENCH_MODEL.fit.length + BENCH_MODEL.engagement.length;
  console.log(`population: ${fmt(LEADS)} leads x ${EVENTS} events, ${ruleCount} rules (decay, caps, maxCount), Node ${process.version}`);

  // This engine as a CRM surface or the CLI calls it: zod validation of every lead included.
  scoreLeads(BENCH_MODEL, batch(0, LEADS), AS_OF); // warm-up
  const coreTotals: number[] = [];
  let coreMs = 0;
  let mqls = 0;
  for (let b = 0; b < batches(LEADS); b++) {
    const leads = batch(b, LEADS);
    const [result, ms] = time(() => scoreLeads(BENCH_MODEL, leads, AS_OF));
    coreMs += ms;
    if (!result.ok) throw new Error(core.describeIssues(result.issues));
    for (const r of result.value) {
      coreTotals.push(r.total);
      if (r.mql) mqls++;
    }
    progress(`core: ${fmt((b + 1) * BATCH)} / ${fmt(LEADS)}`);
  }
  progress('\n');
  line('core scoreLeads (validated):', LEADS, coreMs);

  // The compiled scorer alone on leads parsed beforehand (parsing not timed).
  const { score } = compileModel(BENCH_MODEL);
  let compiledMs = 0;
  for (let b = 0; b < batches(LEADS); b++) {
    const parsed = batch(b, LEADS).map((l) => ScoringLeadSchema.parse(l));
    compiledMs += time(() => parsed.map((l) => score(l, asOfMs)))[1];
  }
  line('core compiled (pre-parsed):', LEADS, compiledMs);

  const jre = jreScorer(BENCH_MODEL);
  for (const lead of batch(0, 200)) await jre(lead, asOfMs); // warm-up
  const jreTotals: number[] = [];
  let jreMs = 0;
  for (let b = 0; b < batches(JRE_LEADS); b++) {
    const leads = batch(b, JRE_LEADS);
    const start = performance.now();
    for (const lead of leads) jreTotals.push((await jre(lead, asOfMs)).total);
    jreMs += performance.now() - start;
    progress(`json-rules-engine: ${fmt(jreTotals.length)} / ${fmt(JRE_LEADS)}`);
  }
  progress('\n');
  line('json-rules-engine:', JRE_LEADS, jreMs, JRE_LEADS < LEADS ? `; the first ${fmt(JRE_LEADS)}` : '');

  // Same rules, same answers: otherwise the comparison means nothing.
  let differ = 0;
  for (let i = 0; i < jreTotals.length; i++) if (Math.abs((coreTotals[i] as number) - (jreTotals[i] as number)) > 1e-9) differ++;
  console.log(`results agree on ${fmt(jreTotals.length)} leads: ${differ === 0 ? 'yes' : `NO (${differ} differ)`}; MQLs: ${fmt(mqls)} of ${fmt(LEADS)}`);
  if (differ > 0) process.exitCode = 1;

  const answers = { answers: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [String(i + 1), i < 6])) };
  const runs = 2000;
  for (let i = 0; i < 100; i++) core.diagnose(answers, { asOf: AS_OF, lang: 'ja' });
  const [, dMs] = time(() => {
    for (let i = 0; i < runs; i++) if (!core.diagnose(answers, { asOf: AS_OF, lang: 'ja' }).ok) throw new Error('diagnose failed');
  });
  const [, pMs] = time(() => {
    for (let i = 0; i < runs; i++) if (!core.buildPlan(answers, { start: '2026-12-01', lang: 'ja' }).ok) throw new Error('plan failed');
  });
  console.log(`diagnose: ${(dMs / runs).toFixed(3)} ms per diagnosis; plan: ${(pMs / runs).toFixed(3)} ms per plan (mean of ${fmt(runs)})`);

  // The backtest takes the whole history at once (it ranks every lead for the threshold curve).
  const history = { leads: withOutcomes(Array.from({ length: batches(LEADS) }, (_, b) => batch(b, LEADS)).flat()) };
  const [report, btMs] = time(() => backtest(BENCH_MODEL, history, { targetMqlVolume: Math.round(LEADS / 10) }));
  if (!report.ok) throw new Error(core.describeIssues(report.issues));
  console.log(`backtest: ${fmt(LEADS)} leads in ${(btMs / 1000).toFixed(2)} s (MQL lift ${report.value.lift.opportunity?.toFixed(2) ?? 'n/a'})`);

  const ratio = (LEADS / coreMs) / (JRE_LEADS / jreMs);
  console.log(`scoring: ${ratio.toFixed(1)}x json-rules-engine`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
