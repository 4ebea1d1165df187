// The program as `ma-load-program` answers it (FUNCTIONS.md `ProgramView`).
// The function validated every document with the core's schemas when it was
// written; the card checks the shape it relies on before drawing anything.
import type { DefinitionSet, Role } from './core';
import type { Parse } from './useFunctionRead';

export interface DiagnosisRecord {
  id: string;
  takenAt: string;
  takenBy: string;
  answers: Record<string, boolean>;
  respondents?: { role: Role; name?: string; answers: Record<string, boolean> }[];
  level: number;
  effectiveLevel: number;
  checkedCount: number;
}

export interface ProgramDoc {
  name?: string;
  targetLevel?: number;
  scoringModel: unknown;
  handoffRules: unknown;
  fieldMapping: Record<string, string>;
}

export interface ProgramView {
  companyId: string;
  revision: number;
  isDefault: boolean;
  program: ProgramDoc;
  diagnoses: DiagnosisRecord[];
  /** As FUNCTIONS.md: the latest version, and the last agreed one (what stages are judged by). */
  definitions: { current: DefinitionSet | null; inForce: DefinitionSet | null };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isDiagnosisRecord(v: unknown): v is DiagnosisRecord {
  return isRecord(v) && typeof v.takenAt === 'string' && isRecord(v.answers) && typeof v.level === 'number';
}

/** Names the first field that is not as FUNCTIONS.md says. */
export const parseProgramView: Parse<ProgramView> = (value) => {
  if (!isRecord(value)) return { ok: false, message: 'program: expected an object' };
  if (typeof value.companyId !== 'string') return { ok: false, message: 'program.companyId: expected a string' };
  if (typeof value.revision !== 'number') return { ok: false, message: 'program.revision: expected a number' };
  if (!isRecord(value.program)) return { ok: false, message: 'program.program: expected an object' };
  if (!Array.isArray(value.diagnoses)) return { ok: false, message: 'program.diagnoses: expected a list' };
  const bad = value.diagnoses.findIndex((d) => !isDiagnosisRecord(d));
  if (bad >= 0) return { ok: false, message: `program.diagnoses[${bad}]: expected takenAt, answers and level` };
  if (!isRecord(value.definitions)) return { ok: false, message: 'program.definitions: expected an object' };
  const program = value.program;
  return {
    ok: true,
    data: {
      companyId: value.companyId,
      revision: value.revision,
      isDefault: value.isDefault === true,
      program: {
        ...(typeof program.name === 'string' ? { name: program.name } : {}),
        ...(typeof program.targetLevel === 'number' ? { targetLevel: program.targetLevel } : {}),
        scoringModel: program.scoringModel ?? null,
        handoffRules: program.handoffRules ?? null,
        fieldMapping: isRecord(program.fieldMapping) ? (program.fieldMapping as Record<string, string>) : {},
      },
      diagnoses: value.diagnoses as DiagnosisRecord[],
      definitions: {
        current: (value.definitions.current ?? null) as DefinitionSet | null,
        inForce: (value.definitions.inForce ?? null) as DefinitionSet | null,
      },
    },
  };
};
