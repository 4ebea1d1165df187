// The shared golden cases (tests/cases/golden.json) through the cards: each
// case is rendered and what the card DISPLAYS is read back by testId. The
// evaluate, stageOf and handoffStatus cases go through the lead score card's
// real data hook and the shared HubSpot mapping (the case's contact
// properties, company and meetings, the program's own field mapping): the
// evaluate cases as the card's explanation (the core's engine, shown, never
// stored), the others as the stored stage and the clock. The displayed
// strings must equal the case's `display`, written by hand in the file, in
// both languages; every case of those sections runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Accordion, Alert, List, StatisticsItem, StatusTag, TableCell, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { funnelKpis } from '@ma-maturity/shared-core';
import { chrome } from '../../src/app/cards/chrome';
import { DiagnosisCard } from '../../src/app/cards/DiagnosisCard';
import { FunnelCard } from '../../src/app/cards/FunnelCard';
import { LeadScoreCard } from '../../src/app/cards/LeadScoreCard';
import { PlanCard } from '../../src/app/cards/PlanCard';
import type { DiagnosisData } from '../../src/app/cards/useDiagnosisData';
import { makeUseLeadScoreData } from '../../src/app/cards/useLeadScoreData';
import type { PlanData } from '../../src/app/cards/usePlanData';
import { crmContext, fakeCaller, fixedHook, ok } from './helpers';
import { programView } from './fixtures';

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
  kpi: {
    name: string;
    asOf: string;
    slaMinutes: number;
    leads: unknown[];
    expect: Record<'mql' | 'sal' | 'sql' | 'opportunities' | 'won', number> &
      Record<'mqlToSqlRate' | 'opportunityRate' | 'winRate' | 'slaCompliance', number | null> & { medianMinutesToFirstTouch?: number | null };
    display: Record<'ja' | 'en', Record<'mqlToSqlRate' | 'opportunityRate' | 'winRate' | 'slaCompliance' | 'medianMinutesToFirstTouch', string>>;
  }[];
  programs: Record<string, { program: { model: unknown; definitions: unknown; handoff: unknown }; hubspot: { fieldMapping: Record<string, string> } }>;
  evaluate: { name: string; program: string; asOf: string; hubspot?: HubspotShape; display: Record<'ja' | 'en', { stage: string; handoff: string; clock: string; score: string; actions: string[] }> }[];
  stageOf: { name: string; program: string; asOf: string; hubspot?: HubspotShape; display: Record<'ja' | 'en', { stage: string }> }[];
  handoffStatus: { name: string; program: string; asOf: string; hubspot?: HubspotShape; display: Record<'ja' | 'en', { status: string; clock: string; next: string }> }[];
  plan: {
    name: string;
    input: DiagnosisData['input'];
    start: string;
    toLevel: number | null;
    expect: { targetLevel: number; taskIds: string[]; dueDates?: Record<string, string> };
    display: Record<'ja' | 'en', { targetLevel: string; dueDates?: Record<string, string> }>;
  }[];
}

interface HubspotShape {
  properties: Record<string, string>;
  company?: Record<string, string>;
  meetings?: { hs_timestamp: string; hs_meeting_outcome?: string }[];
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
  for (const section of ['diagnosis', 'kpi', 'evaluate', 'stageOf', 'handoffStatus', 'plan'] as const) expect([section, golden[section].length > 0]).toEqual([section, true]);
});

it('runs every case of the sections a card displays: each in HubSpot shape where it reads a contact, each with the strings it displays', () => {
  const unshaped = [...golden.evaluate, ...golden.stageOf, ...golden.handoffStatus].filter((c) => !c.hubspot).map((c) => c.name);
  expect(unshaped).toEqual([]);
  const undisplayed = [...golden.kpi, ...golden.evaluate, ...golden.stageOf, ...golden.handoffStatus, ...golden.plan].filter((c) => !c.display?.ja || !c.display?.en).map((c) => c.name);
  expect(undisplayed).toEqual([]);
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
    const display = c.display[LANG];
    for (const [id, key] of [['kpi-mql-to-sql', 'mqlToSqlRate'], ['kpi-opportunity-rate', 'opportunityRate'], ['kpi-win-rate', 'winRate'], ['kpi-sla', 'slaCompliance'], ['kpi-median-touch', 'medianMinutesToFirstTouch']] as const) {
      expect([id, findByTestId(StatisticsItem, id).props.number]).toEqual([id, display[key]]);
    }
  });
});

const LANGS = ['ja', 'en'] as const;

/** The case's contact seen by the lead score card through its real data hook, at the case's instant. */
function renderContact(c: { program: string; asOf: string; hubspot?: HubspotShape }, lang: 'ja' | 'en') {
  const r = createRenderer('crm.record.sidebar');
  const properties = c.hubspot!.properties;
  const company = c.hubspot!.company ?? {};
  r.mocks.useCrmProperties.willCall((names: string[]) => ({
    properties: Object.fromEntries(names.map((n) => [n, properties[n] ?? null])),
    error: null,
    isLoading: false,
    isRefetching: false,
    refetch: async () => {},
  }));
  const page = { hasNextPage: false, hasPreviousPage: false, currentPage: 1, pageSize: 10, nextPage: () => {}, previousPage: () => {}, reset: () => {} };
  r.mocks.useAssociations.willCall((config) => ({
    results: [{ toObjectId: 1, associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 1, label: 'Primary' }], properties: Object.fromEntries((config.properties ?? []).map((n) => [n, company[n] ?? null])) }],
    error: null,
    isLoading: false,
    isRefetching: false,
    refetch: async () => {},
    pagination: page,
  }));
  const meetings = (c.hubspot!.meetings ?? []).map((m, i) => ({ objectId: i + 1, properties: { hs_timestamp: m.hs_timestamp, hs_meeting_outcome: m.hs_meeting_outcome ?? null } }));
  r.mocks.useCrmSearch.willCall(() => ({ results: meetings, total: meetings.length, error: null, isLoading: false, isRefetching: false, refetch: async () => {}, pagination: page }));
  const source = golden.programs[c.program]!;
  const view = programView({
    companyId: '900',
    program: { scoringModel: source.program.model, handoffRules: source.program.handoff, fieldMapping: source.hubspot.fieldMapping },
    definitions: { current: source.program.definitions as never, inForce: source.program.definitions as never },
  });
  const { call } = fakeCaller({ 'ma-load-program': ok(view) });
  const useData = makeUseLeadScoreData(r.mocks.useCrmSearch as never, () => c.asOf);
  r.render(<LeadScoreCard context={crmContext(r.mocks.context, lang === 'ja' ? 'ja-jp' : 'en-us')} call={call} useData={useData} />);
  return r;
}

describe.each(golden.evaluate.map((c) => [c.name, c] as const))('Lead score card, golden evaluate case (the explanation): %s', (_name, c) => {
  it.each(LANGS)('explains the engine’s score, stage, clock and the server’s next actions in %s', async (lang) => {
    const { findByTestId, findAll, waitFor } = renderContact(c, lang);
    await waitFor(() => findByTestId(Accordion, 'explain'));
    const display = c.display[lang];
    const clock = findAll(Text).find((n) => n.props.testId === 'explain-clock');
    const actions = findAll(List).find((n) => n.props.testId === 'explain-actions');
    expect({
      stage: findByTestId(Text, 'explain-stage').text,
      handoff: findByTestId(Text, 'explain-handoff').text,
      clock: clock ? clock.text : '',
      score: findByTestId(Text, 'explain-score').text,
      actions: actions ? actions.findAll(Text).map((n) => n.text) : [],
    }).toEqual(display);
  });
});

describe.each(golden.stageOf.map((c) => [c.name, c] as const))('Lead score card, golden stageOf case: %s', (_name, c) => {
  it.each(LANGS)('displays the stage in %s', async (lang) => {
    const { findByTestId, waitFor } = renderContact(c, lang);
    await waitFor(() => expect(findByTestId(StatusTag, 'score-stage').text).toBe(c.display[lang].stage));
  });
});

describe.each(golden.handoffStatus.map((c) => [c.name, c] as const))('Lead score card, golden handoffStatus case: %s', (_name, c) => {
  it.each(LANGS)('displays the status, the clock and the next action in %s', async (lang) => {
    const { findByTestId, waitFor } = renderContact(c, lang);
    await waitFor(() => findByTestId(StatusTag, 'handoff-status'));
    expect(findByTestId(StatusTag, 'handoff-status').text).toBe(c.display[lang].status);
    expect(findByTestId(Text, 'handoff-clock').text).toBe(c.display[lang].clock);
    expect(findByTestId(Text, 'handoff-next').text).toBe(c.display[lang].next);
  });
});

describe.each(golden.plan.map((c) => [c.name, c] as const))('Plan card, golden plan case: %s', (_name, c) => {
  it.each(LANGS)('plans to the core’s target with the expected tasks and due dates, in %s', (lang) => {
    const r = createRenderer('crm.record.tab');
    const data: PlanData = {
      companyId: 'golden',
      asOf: `${c.start}T00:00:00.000Z`,
      start: c.start,
      hasDiagnosis: true,
      input: c.input,
      // The program's target, passed as it is: the core decides what the plan goes to.
      ...(c.toLevel !== null ? { targetLevel: c.toLevel } : {}),
      tasks: [],
    };
    r.render(<PlanCard context={crmContext(r.mocks.context, lang === 'ja' ? 'ja-jp' : 'en-us')} useData={fixedHook({ status: 'ready', data, reload })} />);
    expect(r.findByTestId(Text, 'plan-target-level').text).toBe(c.display[lang].targetLevel);
    expect(suffixes(r.findAll(TableCell), 'plan-row-').sort()).toEqual([...c.expect.taskIds].sort());
    for (const [id, due] of Object.entries(c.display[lang].dueDates ?? {})) expect([id, r.findByTestId(TableCell, `plan-due-${id}`).text]).toEqual([id, due]);
  });
});
