// Definitions card data: the program company's current MQL/SAL/SQL set and
// the one it replaced.
import { useMemo } from 'react';
import type { DefinitionSet, Lang } from './core';
import type { FetchState } from './fetchState';
import type { CallFunction } from './functions';
import { mapReady, useProgram } from './useProgram';

export interface DefinitionsData {
  companyId: string;
  /** `ma_revision` as read; sent back as `expectedRevision`. */
  revision: number;
  current: DefinitionSet | null;
  previous: DefinitionSet | null;
  /** The program's scoring model: what a version agreeing no model scored by (a first adopted model's diff reads against it). */
  programModel: unknown;
}

export type UseDefinitionsData = (args: { companyId: string; call: CallFunction; lang: Lang }) => FetchState<DefinitionsData>;

export const useDefinitionsData: UseDefinitionsData = ({ companyId, call, lang }) => {
  const program = useProgram({ companyId, call, lang });
  return useMemo(
    () =>
      mapReady(program, (view) => ({
        companyId: view.companyId,
        revision: view.revision,
        current: view.definitions.current,
        // Version 1 has no wording of its own to diff against; the set in force is the baseline then.
        previous: view.definitions.inForce,
        programModel: view.program.scoringModel,
      })),
    [program],
  );
};
