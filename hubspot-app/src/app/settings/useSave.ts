// One save at a time for a section of the settings page: what the last one
// answered (saved, refused as stale, failed), and the value it returned.
import { useState } from 'react';
import type { FunctionError } from './core';
import type { CallSettings, SettingsFunction } from './calls';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'stale'; message: string } | { kind: 'failed'; error: FunctionError };

export function useSave(call: CallSettings) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const save = async (name: SettingsFunction, parameters: Record<string, unknown>): Promise<unknown | null> => {
    setStatus({ kind: 'saving' });
    const answer = await call(name, parameters);
    if (answer.ok) {
      setStatus({ kind: 'saved' });
      return answer.value;
    }
    const retryable = answer.error.code === 'stale' || answer.error.code === 'conflict';
    setStatus(retryable ? { kind: 'stale', message: answer.error.message } : { kind: 'failed', error: answer.error });
    return null;
  };
  return { status, save, busy: status.kind === 'saving' };
}
