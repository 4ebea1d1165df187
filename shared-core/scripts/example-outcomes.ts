// Writes examples/outcomes.csv and examples/outcomes-events.csv (run it with
// `node scripts/example-outcomes.mjs`): 1,000 past leads of a B2B
// manufacturer over a year, scored when they came in, with
// what became of them. Deals here follow the decision maker, demo requests
// and case-study reading more than the b2b-enterprise template assumes, and
// company size, industry, white papers and e-mail clicks less (not at all):
// `ma-maturity suggest` should find that.
// Seeded, so the files are the same on every run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from '../bench/population';

const examples = process.env.MA_EXAMPLES_DIR ?? join(process.cwd(), 'examples');
const DAY = 86_400_000;
const END = Date.parse('2026-11-01T00:00:00Z');
const LEADS = 1000;

const rnd = random(2026);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

const leads = ['id,scoredAt,employees,industry,jobLevel,country,emailDomainType,isCompetitor,opportunity,won'];
const events = ['leadId,type,at,url,form'];
for (let i = 0; i < LEADS; i++) {
  const id = `H${String(i + 1).padStart(4, '0')}`;
  const scoredAt = END - 365 * DAY + Math.floor((((i + rnd()) / LEADS) * 365 * DAY) / 60_000) * 60_000;
  const employees = Math.floor(10 ** (1 + rnd() * 3.6));
  const industry = pick(['manufacturing', 'manufacturing', 'it', 'finance', 'retail', 'logistics', 'education']);
  const jobLevel = pick(['executive', 'director', 'manager', 'manager', 'staff', 'staff', 'staff', 'student']);
  const country = rnd() < 0.9 ? 'JP' : 'US';
  const free = rnd() < 0.2;
  const competitor = rnd() < 0.02;
  // Company size and industry matter less here than the template assumes; the decision maker more.
  let logit = -2.6 + (employees >= 300 ? 0.3 : 0) + (['executive', 'director'].includes(jobLevel) ? 1.6 : jobLevel === 'manager' ? 0.5 : 0);
  logit -= (jobLevel === 'student' ? 2 : 0) + (competitor ? 3 : 0) + (free ? 0.3 : 0);
  const count = Math.floor(rnd() * 7);
  for (let e = 0; e < count; e++) {
    const at = scoredAt - Math.floor((rnd() * 90 * DAY) / 60_000) * 60_000;
    const kind = pick(['pricing', 'case', 'case', 'whitepaper', 'whitepaper', 'click', 'click', 'click', 'webinar', 'demo', 'careers']);
    const recent = 0.5 ** ((scoredAt - at) / (45 * DAY));
    if (kind === 'pricing') events.push(`${id},page_view,${iso(at)},https://example.com/pricing,`), (logit += 0.3 * recent);
    if (kind === 'case') events.push(`${id},page_view,${iso(at)},https://example.com/case-studies/toho,`), (logit += 1.2 * recent);
    if (kind === 'whitepaper') events.push(`${id},form_submit,${iso(at)},,whitepaper`);
    if (kind === 'click') events.push(`${id},email_click,${iso(at)},,`);
    if (kind === 'webinar') events.push(`${id},webinar_attended,${iso(at)},,`), (logit += 0.3 * recent);
    if (kind === 'demo') events.push(`${id},form_submit,${iso(at)},,demo-request`), (logit += 1.5 * recent);
    if (kind === 'careers') events.push(`${id},page_view,${iso(at)},https://example.com/careers,`), (logit -= 0.8);
  }
  const won = rnd() < 1 / (1 + Math.exp(-logit));
  const opportunity = won || rnd() < 1 / (1 + Math.exp(-(logit + 1.2)));
  leads.push([id, iso(scoredAt), employees, industry, jobLevel, country, free ? 'free' : 'corporate', competitor ? 'true' : '', opportunity, won].join(','));
}
writeFileSync(join(examples, 'outcomes.csv'), `${leads.join('\n')}\n`);
writeFileSync(join(examples, 'outcomes-events.csv'), `${events.join('\n')}\n`);
console.log(`examples/outcomes.csv: ${LEADS} leads; examples/outcomes-events.csv: ${events.length - 1} events`);
