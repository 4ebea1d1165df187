// The shared golden cases (tests/cases/golden.json) through the cards: each
// case is rendered and the DISPLAYED values are read back by testId.
// Rounding as shown (src/app/cards/format.ts): scores with at most two
// decimals, so a displayed score must be within 0.005 of the case; rates as a
// percentage with one decimal, so within 0.0005 (plus the case's own 4-decimal
// rounding); minutes with one decimal, so within 0.05; undefined rates and
// levels show "—".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Accordion, Alert, StatisticsItem, StatusTag, TableCell, Tag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { DEFAULT_HANDOFF_RULES, funnelKpis } from '@ma-maturity/shared-core';
import { chrome } from '../../src/app/cards/chrome';
import { DiagnosisCard } from '../../src/app/cards/DiagnosisCard';
import { FunnelCard } from '../../src/app/cards/FunnelCard';
import { LeadScoreCard } from '../../src/app/cards/LeadScoreCard';
import { stageLabel } from '../../src/app/cards/LeadStage';
import type { DiagnosisData } from '../../src/app/cards/useDiagnosisData';
import type { LeadScoreData } from '../../src/app/cards/useLeadScoreData';
import { crmContext, fixedHook } from './helpers';

interface Golden {
  specVersion: number;
  diagnosis: {
    name: string;
    asOf: string;
    input: DiagnosisData['input'];
    expect: {
      level: number;
      checkedCount: number;
      nextLevel: number | null;
      checksToNextLevel: number | null;
      effectiveLevel: number;
      gaps: number[];
      contradictions?: [number, number][];
      failurePatterns: string[];
      byRole?: Record<string, number>;
      alignment?: { disagreements: number[]; levelSpread: number };
      profile: GoldenProfile;
      profileByRole?: Record<string, GoldenProfile>;
    };
  }[];
  scoring: {
    name: string;
    asOf: string;
    model: unknown;
    lead: LeadScoreData['lead'];
    definitions?: LeadScoreData['definitions'];
    facts?: Record<string, string>;
    expect: { fit: number; engagement: number; total: number; grade: string; mql: boolean; stage?: string };
  }[];
  kpi: {
    name: string;
    asOf: string;
    slaMinutes: number;
    leads: unknown[];
    expect: Record<'mql' | 'sal' | 'sql' | 'opportunities' | 'won', number> &
      Record<'mqlToSqlRate' | 'opportunityRate' | 'winRate' | 'slaCompliance', number | null> & { medianMinutesToFirstTouch?: number | null };
  }[];
}

type GoldenProfile = { axis: string; checked: number; total: number; share: number }[];

/** A golden profile as the profile table writes each cell (shares to one decimal, as every rate). */
const profileCell = (a: GoldenProfile[number]) => `${a.checked}/${a.total} (${((Math.round(a.share * 1000) / 10).toFixed(1))}%)`;

const golden = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'tests', 'cases', 'golden.json'), 'utf8')) as Golden;
const LANG = 'en' as const;
const reload = () => undefined;
const shown = (value: string | number) => (value === '—' ? null : Number(String(value).replace('%', '')));

function renderer(location: 'crm.record.tab' | 'crm.record.sidebar') {
  const r = createRenderer(location);
  return { ...r, context: crmContext(r.mocks.context, 'en-us') };
}

/** testIds with a prefix, in render order, minus the prefix. */
const suffixes = (nodes: { props: { testId?: string } }[], prefix: string) =>
  nodes.map((n) => n.props.testId ?? '').filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));

it('reads a golden file of the spec version the cards were written for', () => {
  expect(golden.specVersion).toBe(1);
  expect(golden.diagnosis.length).toBeGreaterThan(0);
  expect(golden.scoring.length).toBeGreaterThan(0);
  expect(golden.kpi.length).toBeGreaterThan(0);
});

describe.each(golden.diagnosis.map((c) => [c.name, c] as const))('Diagnosis card, golden case: %s', (_name, c) => {
  it('displays the expected figures', () => {
    const { render, findByTestId, findAll, context } = renderer('crm.record.tab');
    const data: DiagnosisData = {
      companyId: 'golden',
      revision: 1,
      asOf: c.asOf,
      // One stored record: the card shows its empty state only when nothing is stored.
      records: [{ id: 'golden', takenAt: c.asOf, takenBy: 'golden', answers: c.input.answers ?? {}, level: c.expect.level, effectiveLevel: c.expect.effectiveLevel, checkedCount: c.expect.checkedCount }],
      input: c.input,
    };
    render(<DiagnosisCard context={context} useData={fixedHook({ status: 'ready', data, reload })} />);
    const figure = (id: string) => shown(findByTestId(StatisticsItem, id).props.number);
    expect(figure('diag-level')).toBe(c.expect.level);
    expect(figure('diag-checked')).toBe(c.expect.checkedCount);
    expect(figure('diag-next-level')).toBe(c.expect.nextLevel);
    expect(figure('diag-checks-to-next')).toBe(c.expect.checksToNextLevel);
    expect(figure('diag-effective-level')).toBe(c.expect.effectiveLevel);
    expect(suffixes(findAll(Text), 'diag-gap-').map(Number).sort((a, b) => a - b)).toEqual([...c.expect.gaps].sort((a, b) => a - b));
    expect(suffixes(findAll(Accordion), 'diag-pattern-').sort()).toEqual([...c.expect.failurePatterns].sort());
    if (c.expect.contradictions) {
      const pairs = suffixes(findAll(Alert), 'diag-contradiction-').map((s) => s.split('-').map(Number));
      const sortPairs = (list: number[][]) => list.map((p) => p.join('-')).sort();
      expect(sortPairs(pairs)).toEqual(sortPairs(c.expect.contradictions));
    }
    for (const [role, level] of Object.entries(c.expect.byRole ?? {})) {
      expect(findByTestId(TableCell, `diag-role-level-${role}`).text).toBe(String(level));
    }
    // The three axes: the consensus column, and each department's when several answered.
    const profiles: [string, GoldenProfile][] = [['all', c.expect.profile], ...Object.entries(c.expect.profileByRole ?? {})];
    for (const [series, profile] of profiles) {
      for (const axis of profile) expect(findByTestId(TableCell, `diag-profile-${series}-${axis.axis}`).text).toBe(profileCell(axis));
    }
    if (c.expect.alignment) {
      const text = findByTestId(Text, 'diag-alignment').text ?? '';
      expect(text).toBe(
        chrome(LANG, 'diag.alignment', { items: c.expect.alignment.disagreements.join(', ') || '—', spread: c.expect.alignment.levelSpread }),
      );
    }
  });
});

describe.each(golden.scoring.map((c) => [c.name, c] as const))('Lead score card, golden case: %s', (_name, c) => {
  it('displays the expected score, grade, MQL flag and stage', () => {
    const { render, findByTestId, context } = renderer('crm.record.sidebar');
    const data: LeadScoreData = {
      contactId: String(c.lead.id),
      lastModified: '2026-11-01T00:00:00.000Z',
      asOf: c.asOf,
      programCompanyId: 'golden',
      model: c.model,
      handoffRules: DEFAULT_HANDOFF_RULES,
      definitions: c.definitions ?? null,
      lead: c.lead,
      facts: { id: String(c.lead.id), ...(c.facts ?? {}) },
    };
    render(<LeadScoreCard context={context} useData={fixedHook({ status: 'ready', data, reload })} />);
    const score = (id: string) => shown(findByTestId(StatisticsItem, id).props.number) as number;
    expect(Math.abs(score('score-fit') - c.expect.fit)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(score('score-engagement') - c.expect.engagement)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(score('score-total') - c.expect.total)).toBeLessThanOrEqual(0.005);
    expect(findByTestId(Tag, 'score-grade').text).toBe(c.expect.grade);
    expect(findByTestId(StatusTag, 'score-mql').text).toBe(chrome(LANG, c.expect.mql ? 'lead.isMql' : 'lead.notMql'));
    if (c.expect.stage) expect(findByTestId(StatusTag, 'score-stage').text).toBe(stageLabel(LANG, c.expect.stage));
  });
});

describe.each(golden.kpi.map((c) => [c.name, c] as const))('Funnel KPIs card, golden case: %s', (_name, c) => {
  it('displays the expected counts and rates', () => {
    const { render, findByTestId, context } = renderer('crm.record.tab');
    // What ma-funnel-kpis answers: the core's funnelKpis over the contacts' facts.
    const kpis = funnelKpis({ leads: c.leads }, { asOf: c.asOf, slaMinutes: c.slaMinutes });
    if (!kpis.ok) throw new Error(JSON.stringify(kpis.issues));
    render(<FunnelCard context={context} useData={fixedHook({ status: 'ready', data: { kpis: kpis.value, contacts: c.leads.length, truncated: false }, reload })} />);
    const figure = (id: string) => shown(findByTestId(StatisticsItem, id).props.number);
    for (const [id, key] of [['kpi-mql', 'mql'], ['kpi-sal', 'sal'], ['kpi-sql', 'sql'], ['kpi-opportunities', 'opportunities'], ['kpi-won', 'won']] as const) {
      expect(figure(id)).toBe(c.expect[key]);
    }
    for (const [id, key] of [['kpi-mql-to-sql', 'mqlToSqlRate'], ['kpi-opportunity-rate', 'opportunityRate'], ['kpi-win-rate', 'winRate'], ['kpi-sla', 'slaCompliance']] as const) {
      const expected = c.expect[key];
      const percent = figure(id);
      if (expected === null) expect(percent).toBeNull();
      else expect(Math.abs((percent as number) / 100 - expected)).toBeLessThanOrEqual(0.00056);
    }
    // Minutes are shown with one decimal.
    if (c.expect.medianMinutesToFirstTouch !== undefined) {
      const minutes = figure('kpi-median-touch');
      if (c.expect.medianMinutesToFirstTouch === null) expect(minutes).toBeNull();
      else expect(Math.abs((minutes as number) - c.expect.medianMinutesToFirstTouch)).toBeLessThanOrEqual(0.05);
    }
  });
});
