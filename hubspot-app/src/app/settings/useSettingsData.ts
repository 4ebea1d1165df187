// What the settings page starts from: the portal's default program as
// `ma-load-program` answers it (FUNCTIONS.md ProgramView, with the latest
// rescoring's progress) and who is looking at it (`ma-current-user`: a
// program admin or not). The page offers what an admin may change; the
// server checks every write again.
import { useCallback, useEffect, useState } from 'react';
import type { FunctionError, HandoffRules, Lang, SigningRole } from './core';
import type { CallSettings } from './calls';

export interface Member {
  userId: string;
  email?: string;
  admin?: boolean;
  departments: SigningRole[];
}

export interface Route {
  kind: 'role' | 'queue' | 'user';
  value: string;
  ownerId?: string;
  teamId?: string;
}

export interface Progress {
  runId: string;
  state: 'running' | 'done' | 'cancelled';
  asOf: string;
  startedAt: string;
  startedBy: string;
  /** The last contact id done: the next step continues after it. */
  cursor: string;
  total: number;
  processed: number;
  written: number;
  mqls: number;
  tasks: number;
  failed: number;
  throttled: number;
  problems: { contactId: string; message: string }[];
}

/** The working version of the definitions (ProgramView.definitions.current), as far as the page reads it. */
export interface WorkingSet {
  version: number;
  state: string;
  model: unknown;
}

export interface SettingsProgram {
  companyId: string;
  name: string;
  revision: number;
  scoringModel: unknown;
  handoffRules: HandoffRules;
  fieldMapping: Record<string, string>;
  members: Member[];
  routing: Route[];
  rescore: Progress | null;
  /** null when the program has no definitions yet. */
  definitions: WorkingSet | null;
}

/** What every section of the page gets. */
export interface SectionProps {
  program: SettingsProgram;
  /** May change the settings (the server checks again). */
  admin: boolean;
  lang: Lang;
  call: CallSettings;
  reload: () => void;
}

export type SettingsState =
  | { status: 'loading' }
  | { status: 'error'; error: FunctionError; retry: () => void }
  | { status: 'ready'; program: SettingsProgram; admin: boolean; reload: () => void };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The ProgramView fields the page edits; anything not as FUNCTIONS.md says is reported, not drawn. */
export function readProgram(value: unknown): SettingsProgram | null {
  if (!isRecord(value) || typeof value.companyId !== 'string' || typeof value.revision !== 'number' || !isRecord(value.program)) return null;
  const p = value.program;
  const current = isRecord(value.definitions) && isRecord(value.definitions.current) ? value.definitions.current : null;
  const access = isRecord(p.access) && Array.isArray(p.access.members) ? (p.access.members as Member[]) : [];
  return {
    companyId: value.companyId,
    name: typeof value.name === 'string' ? value.name : '',
    revision: value.revision,
    scoringModel: p.scoringModel ?? null,
    handoffRules: p.handoffRules as HandoffRules,
    fieldMapping: isRecord(p.fieldMapping) ? (p.fieldMapping as Record<string, string>) : {},
    members: access,
    routing: Array.isArray(p.routing) ? (p.routing as Route[]) : [],
    rescore: isRecord(value.rescore) ? (value.rescore as unknown as Progress) : null,
    definitions: current && typeof current.version === 'number' ? { version: current.version, state: String(current.state), model: current.model ?? null } : null,
  };
}

export function useSettingsData(call: CallSettings, lang: Lang): SettingsState {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [program, me] = await Promise.all([call('ma-load-program', { lang }), call('ma-current-user', { lang })]);
      if (!live) return;
      if (!program.ok) return setState({ status: 'error', error: program.error, retry: reload });
      const read = readProgram(program.value);
      if (!read) return setState({ status: 'error', error: { code: 'platform', message: 'ma-load-program: unexpected answer' }, retry: reload });
      // Who HubSpot says is calling decides nothing here (the server decides); without an answer the page is read-only.
      const admin = me.ok && isRecord(me.value) && me.value.admin === true;
      setState({ status: 'ready', program: read, admin, reload });
    })();
    return () => {
      live = false;
    };
  }, [call, lang, round, reload]);
  return state;
}
