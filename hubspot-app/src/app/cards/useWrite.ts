// One write at a time per card: tracks saving, success, a refusal that a
// reload resolves (stale, or a race lost to someone at the same moment) and
// other errors, so every card answers a function the same way.
import { useCallback, useState } from 'react';
import type { CallFunction, FunctionError, FunctionName, FunctionParameters } from './functions';

export type WriteStatus =
  | { kind: 'idle' }
  | { kind: 'saving'; name: FunctionName }
  | { kind: 'saved'; name: FunctionName }
  | { kind: 'stale'; message: string }
  | { kind: 'failed'; error: FunctionError };

export interface Write {
  status: WriteStatus;
  /** Resolves to the function's value, or null when it refused (status says why). */
  run: (name: FunctionName, parameters: FunctionParameters) => Promise<unknown | null>;
  reset: () => void;
}

export function useWrite(call: CallFunction): Write {
  const [status, setStatus] = useState<WriteStatus>({ kind: 'idle' });
  const run = useCallback(
    async (name: FunctionName, parameters: FunctionParameters) => {
      setStatus({ kind: 'saving', name });
      const answer = await call(name, parameters);
      if (answer.ok) {
        setStatus({ kind: 'saved', name });
        return answer.value;
      }
      const reread = answer.error.code === 'stale' || answer.error.code === 'conflict';
      setStatus(reread ? { kind: 'stale', message: answer.error.message } : { kind: 'failed', error: answer.error });
      return null;
    },
    [call],
  );
  const reset = useCallback(() => setStatus({ kind: 'idle' }), []);
  return { status, run, reset };
}
