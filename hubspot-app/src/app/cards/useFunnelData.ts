// Funnel KPIs of a program, computed by `ma-funnel-kpis` from the contacts'
// handoff facts (the card cannot page through 10,000 contacts itself).
import { useMemo } from 'react';
import type { FunnelKpis, Lang } from './core';
import type { FetchState } from './fetchState';
import type { CallFunction } from './functions';
import { useFunctionRead, type Parse } from './useFunctionRead';

export interface FunnelData {
  kpis: FunnelKpis;
  contacts: number;
  truncated: boolean;
}

export type UseFunnelData = (args: { programCompanyId: string; call: CallFunction; lang: Lang }) => FetchState<FunnelData>;

const COUNTS = ['mql', 'sal', 'sql', 'opportunities', 'won'] as const;

export const parseFunnel: Parse<FunnelData> = (value) => {
  const v = value as { kpis?: Record<string, unknown>; contacts?: unknown; truncated?: unknown } | null;
  const kpis = v?.kpis;
  if (typeof kpis !== 'object' || kpis === null) return { ok: false, message: 'kpis: expected an object' };
  const bad = COUNTS.find((key) => typeof kpis[key] !== 'number');
  if (bad) return { ok: false, message: `kpis.${bad}: expected a number` };
  for (const list of ['byMonth', 'byDefinitionVersion', 'salRejectionsByReason', 'bySource']) {
    if (!Array.isArray(kpis[list])) return { ok: false, message: `kpis.${list}: expected a list` };
  }
  return {
    ok: true,
    data: { kpis: kpis as unknown as FunnelKpis, contacts: typeof v?.contacts === 'number' ? v.contacts : 0, truncated: v?.truncated === true },
  };
};

export const useFunnelData: UseFunnelData = ({ programCompanyId, call, lang }) => {
  const parameters = useMemo(() => ({ programCompanyId, lang }), [programCompanyId, lang]);
  return useFunctionRead(call, 'ma-funnel-kpis', parameters, parseFunnel);
};
