// The program of a company (or the portal's default program) through
// `ma-load-program`; every company card starts from it.
import { useMemo } from 'react';
import type { Lang } from './core';
import type { FetchState } from './fetchState';
import type { CallFunction } from './functions';
import { parseProgramView, type ProgramView } from './program';
import { useFunctionRead } from './useFunctionRead';

export interface ProgramArgs {
  /** Company id of the program; null = the portal's default program; undefined = not known yet (stays loading). */
  companyId: string | null | undefined;
  call: CallFunction;
  lang: Lang;
}

export function useProgram({ companyId, call, lang }: ProgramArgs): FetchState<ProgramView> {
  const parameters = useMemo(
    () => (companyId === undefined ? null : companyId === null ? { lang } : { companyId, lang }),
    [companyId, lang],
  );
  return useFunctionRead(call, 'ma-load-program', parameters, parseProgramView);
}

/** Maps the data of a ready state, keeping loading and error as they are. */
export function mapReady<A, B>(state: FetchState<A>, map: (data: A) => B): FetchState<B> {
  return state.status === 'ready' ? { status: 'ready', data: map(state.data), reload: state.reload } : state;
}

/** The clock is read here, at the edge: the core takes `asOf` as data. */
export const nowIso = (): string => new Date().toISOString();
