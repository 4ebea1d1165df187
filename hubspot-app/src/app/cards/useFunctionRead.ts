// A read through an app function as a FetchState, with reload. `parse` checks
// the value's shape (the boundary) and returns the data or an error message.
import { useCallback, useEffect, useState } from 'react';
import type { FetchState } from './fetchState';
import type { CallFunction, FunctionName, FunctionParameters } from './functions';

export type Parse<T> = (value: unknown) => { ok: true; data: T } | { ok: false; message: string };

export function useFunctionRead<T>(
  call: CallFunction,
  name: FunctionName,
  parameters: FunctionParameters | null,
  parse: Parse<T>,
): FetchState<T> {
  const [state, setState] = useState<FetchState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  // Parameters are compared by value: a new object with the same content is the same read.
  const key = parameters === null ? null : JSON.stringify(parameters);

  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState({ status: 'loading' });
    call(name, JSON.parse(key) as FunctionParameters).then((answer) => {
      if (!live) return;
      if (!answer.ok) {
        setState({ status: 'error', message: answer.error.message, code: answer.error.code, retry: reload });
        return;
      }
      const parsed = parse(answer.value);
      setState(parsed.ok ? { status: 'ready', data: parsed.data, reload } : { status: 'error', message: parsed.message, retry: reload });
    });
    return () => {
      live = false;
    };
    // `parse` is a pure module-level function; only the read itself re-runs the effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [call, name, key, round, reload]);

  return state;
}
