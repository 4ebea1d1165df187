// Diagnosis card data: the stored diagnoses of the program company, turned
// into the core's diagnosis input (latest answers + earlier ones as history).
import { useMemo } from 'react';
import type { Lang } from './core';
import type { FetchState } from './fetchState';
import type { CallFunction } from './functions';
import type { DiagnosisRecord } from './program';
import { mapReady, nowIso, useProgram } from './useProgram';

export interface DiagnosisInputData {
  answers?: Record<string, boolean>;
  respondents?: { role: string; name?: string; answers: Record<string, boolean> }[];
  history?: { takenAt: string; answers?: Record<string, boolean>; level?: number; respondents?: DiagnosisInputData['respondents'] }[];
}

export interface DiagnosisData {
  companyId: string;
  /** `ma_revision` as read; sent back as `expectedRevision`. */
  revision: number;
  asOf: string;
  /** Oldest first. */
  records: DiagnosisRecord[];
  /** What the core diagnoses: the latest record, with the earlier ones as history. */
  input: DiagnosisInputData;
}

export interface DiagnosisDataArgs {
  companyId: string;
  call: CallFunction;
  lang: Lang;
}

export type UseDiagnosisData = (args: DiagnosisDataArgs) => FetchState<DiagnosisData>;

export function toDiagnosisInput(records: DiagnosisRecord[]): DiagnosisInputData {
  const latest = records[records.length - 1];
  if (!latest) return { answers: {} };
  const history = records.slice(0, -1).map((r) => ({
    takenAt: r.takenAt,
    answers: r.answers,
    level: r.level,
    ...(r.respondents ? { respondents: r.respondents } : {}),
  }));
  return {
    ...(latest.respondents && latest.respondents.length > 0 ? { respondents: latest.respondents } : { answers: latest.answers }),
    ...(history.length > 0 ? { history } : {}),
  };
}

export const useDiagnosisData: UseDiagnosisData = ({ companyId, call, lang }) => {
  const program = useProgram({ companyId, call, lang });
  return useMemo(
    () =>
      mapReady(program, (view) => ({
        companyId: view.companyId,
        revision: view.revision,
        asOf: nowIso(),
        records: view.diagnoses,
        input: toDiagnosisInput(view.diagnoses),
      })),
    [program],
  );
};
