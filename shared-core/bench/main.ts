// `npm run bench`: scoring throughput of this engine and of json-rules-engine
// on the same generated population, rules and decay; then the time to
// diagnose, to plan, and to backtest 100,000 leads. The last line is
// `scoring: <ratio>x json-rules-engine`.
import { performance } from 'node:perf_hooks';
import * as core from '../src';
import { backtest, compileModel, scoreLeads, ScoringLeadSchema, type ScoreResult } from '../src/rules';
import { AS_OF, BENCH_MODEL, generateLeads, withOutcomes } from './population';
import { jreScorer } from './jreScorer';

const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
// json-rules-engine is async per event (2,000,000 runs for the full population, minutes of CPU on
// a shared machine): it scores the first BENCH_JRE_LEADS leads of the same population, and its
// throughput is compared per lead. BENCH_JRE_LEADS=100000 runs it on every lead.
const JRE_LEADS = Math.min(LEADS, Number(process.env.BENCH_JRE_LEADS ?? 10_000));
const EVENTS = 20;
const progress = process.stderr.isTTY ? (text: string) => process.stderr.write(`\r${text}`) : () => undefined;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
};

async function main(): Promise<void> {
  const asOfMs = Date.parse(AS_OF);
  const ruleCount = BENCH_MODEL.fit.length + BENCH_MODEL.engagement.length;
  console.log(`population: ${fmt(LEADS)} leads x ${EVENTS} events, ${ruleCount} rules (decay, caps, maxCount), Node ${process.version}`);
  const leads = generateLeads(LEADS, EVENTS);

  // This engine, as a CRM surface calls it: zod validation of every lead included.
  scoreLeads(BENCH_MODEL, leads.slice(0, 2000), AS_OF); // warm-up
  const [validated, coreMs] = time(() => scoreLeads(BENCH_MODEL, leads, AS_OF));
  if (!validated.ok) throw new Error(core.describeIssues(validated.issues));
  const coreRate = (LEADS / coreMs) * 1000;
  console.log(`core scoreLeads (validated):   ${fmt(coreRate).padStart(10)} leads/s  (${(coreMs / 1000).toFixed(2)} s)`);

  // The compiled scorer alone, on leads parsed beforehand (the batch path).
  const parsed = leads.map((l) => ScoringLeadSchema.parse(l));
  const { score } = compileModel(BENCH_MODEL);
  const [, compiledMs] = time(() => parsed.map((l) => score(l, asOfMs)));
  console.log(`core compiled (pre-parsed):    ${fmt((LEADS / compiledMs) * 1000).padStart(10)} leads/s  (${(compiledMs / 1000).toFixed(2)} s)`);

  const jre = jreScorer(BENCH_MODEL);
  for (const lead of leads.slice(0, 200)) await jre(lead, asOfMs); // warm-up
  const jreResults: { total: number }[] = new Array(JRE_LEADS);
  const jreStart = performance.now();
  for (let i = 0; i < JRE_LEADS; i++) {
    jreResults[i] = await jre(leads[i]!, asOfMs);
    if (i % 1000 === 0) progress(`json-rules-engine: ${fmt(i)} / ${fmt(JRE_LEADS)}`);
  }
  const jreMs = performance.now() - jreStart;
  progress('\n');
  const jreRate = (JRE_LEADS / jreMs) * 1000;
  const sample = JRE_LEADS < LEADS ? `; first ${fmt(JRE_LEADS)} leads, BENCH_JRE_LEADS=${LEADS} for all` : '';
  console.log(`json-rules-engine:             ${fmt(jreRate).padStart(10)} leads/s  (${(jreMs / 1000).toFixed(2)} s${sample})`);

  // Same rules, same answers: otherwise the comparison means nothing.
  const results = validated.value as ScoreResult[];
  let differ = 0;
  for (let i = 0; i < JRE_LEADS; i++) if (Math.abs(results[i]!.total - jreResults[i]!.total) > 1e-9) differ++;
  const mqls = results.filter((r) => r.mql).length;
  console.log(`results agree on ${fmt(JRE_LEADS)} leads: ${differ === 0 ? 'yes' : `NO (${differ} differ)`}; MQLs: ${fmt(mqls)} of ${fmt(LEADS)}`);
  if (differ > 0) process.exitCode = 1;

  const method = core as unknown as Record<string, unknown>;
  if (typeof method.diagnose === 'function' && typeof method.buildPlan === 'function') {
    const diagnose = method.diagnose as (input: unknown, options: unknown) => { ok: boolean };
    const buildPlan = method.buildPlan as (input: unknown, options: unknown) => { ok: boolean };
    const answers = { answers: Object.fromEntries(Array.from({ length: 15 }, (_, i) => [String(i + 1), i < 6])) };
    const runs = 2000;
    for (let i = 0; i < 100; i++) diagnose(answers, { asOf: AS_OF, lang: 'ja' });
    const [, dMs] = time(() => {
      for (let i = 0; i < runs; i++) if (!diagnose(answers, { asOf: AS_OF, lang: 'ja' }).ok) throw new Error('diagnose failed');
    });
    const [, pMs] = time(() => {
      for (let i = 0; i < runs; i++) if (!buildPlan(answers, { start: '2026-12-01', lang: 'ja' }).ok) throw new Error('plan failed');
    });
    console.log(`diagnose: ${(dMs / runs).toFixed(3)} ms per diagnosis; plan: ${(pMs / runs).toFixed(3)} ms per plan (mean of ${fmt(runs)})`);
  } else {
    console.log('diagnose / plan: not exported from src/index.ts yet; not timed');
  }

  const history = withOutcomes(leads);
  const [report, btMs] = time(() => backtest(BENCH_MODEL, { leads: history }, { targetMqlVolume: Math.round(LEADS / 10) }));
  if (!report.ok) throw new Error(core.describeIssues(report.issues));
  console.log(`backtest: ${fmt(LEADS)} leads in ${(btMs / 1000).toFixed(2)} s (MQL lift ${report.value.lift.opportunity?.toFixed(2) ?? 'n/a'})`);

  const ratio = coreRate / jreRate;
  console.log(`scoring: ${ratio.toFixed(1)}x json-rules-engine`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
