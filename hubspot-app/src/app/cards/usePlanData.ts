// Plan card data: the program's stored diagnoses (the plan is built from the
// latest) and the HubSpot tasks already created for it (`ma-list-plan-tasks`).
import { useMemo } from 'react';
import type { Lang } from './core';
import type { FetchState } from './fetchState';
import type { CallFunction } from './functions';
import { parseTaskList, type PlanTaskRecord } from './planTasks';
import { toDiagnosisInput, type DiagnosisInputData } from './useDiagnosisData';
import { useFunctionRead } from './useFunctionRead';
import { nowIso, useProgram } from './useProgram';

export interface PlanData {
  companyId: string;
  asOf: string;
  /** First day of a new plan: the day of `asOf`, `YYYY-MM-DD`. */
  start: string;
  hasDiagnosis: boolean;
  input: DiagnosisInputData;
  targetLevel?: number;
  tasks: PlanTaskRecord[];
}

export type UsePlanData = (args: { companyId: string; call: CallFunction; lang: Lang }) => FetchState<PlanData>;

export const usePlanData: UsePlanData = ({ companyId, call, lang }) => {
  const program = useProgram({ companyId, call, lang });
  const listParams = useMemo(() => ({ companyId, lang }), [companyId, lang]);
  const tasks = useFunctionRead(call, 'ma-list-plan-tasks', listParams, parseTaskList);
  return useMemo((): FetchState<PlanData> => {
    if (program.status !== 'ready') return program;
    if (tasks.status !== 'ready') return tasks;
    const asOf = nowIso();
    const view = program.data;
    return {
      status: 'ready',
      reload: () => {
        program.reload();
        tasks.reload();
      },
      data: {
        companyId: view.companyId,
        asOf,
        start: asOf.slice(0, 10),
        hasDiagnosis: view.diagnoses.length > 0,
        input: toDiagnosisInput(view.diagnoses),
        ...(view.program.targetLevel ? { targetLevel: view.program.targetLevel } : {}),
        tasks: tasks.data,
      },
    };
  }, [program, tasks]);
};
