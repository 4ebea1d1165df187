// Shared test pieces for the cards: a CRM context in a chosen language, a
// function caller that records every call and answers per function name, and
// the ProgramView fixtures the functions would answer.
import type { CrmContext } from '@hubspot/ui-extensions';
import type { CallFunction, FunctionName, FunctionResult } from '../../src/app/cards/functions';
import type { FetchState } from '../../src/app/cards/fetchState';

export function crmContext(base: CrmContext, locale: 'ja-jp' | 'en-us', objectId = 501): CrmContext {
  return {
    ...base,
    user: { ...base.user, locale, firstName: '花子', lastName: '山田', email: 'hanako@example.jp' },
    crm: { objectId, objectTypeId: '0-2' },
  };
}

export interface RecordedCall {
  name: FunctionName;
  parameters: Record<string, unknown>;
}

/** A caller answering from `answers` (a value, or a function of the parameters); every call is kept in `calls`. */
export function fakeCaller(answers: Partial<Record<FunctionName, FunctionResult<unknown> | ((p: Record<string, unknown>) => FunctionResult<unknown>)>>) {
  const calls: RecordedCall[] = [];
  const call: CallFunction = async (name, parameters) => {
    calls.push({ name, parameters });
    const answer = answers[name];
    if (!answer) return { ok: false, error: { code: 'not-found', message: `no answer for ${name}` } };
    return typeof answer === 'function' ? answer(parameters) : answer;
  };
  return { call, calls };
}

export const ok = <T>(value: T): FunctionResult<T> => ({ ok: true, value });
export const stale = (message = 'この会社は読み込み後に更新されています'): FunctionResult<never> => ({
  ok: false,
  error: { code: 'stale', message },
});

/** A data hook that always answers `state` (tests swap the card's hook with it). */
export const fixedHook =
  <T>(state: FetchState<T>) =>
  () =>
    state;

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

type Node = { text?: string | null; childNodes?: Node[]; nodeType?: string };

/** Every text under a rendered node, joined (an element's own `text` is null when it has element children). */
export function allText(node: Node): string {
  if (node.nodeType === 'text') return node.text ?? '';
  return (node.childNodes ?? []).map(allText).join(' ');
}

/**
 * Fires a component's event with a value. In 0.17.0 `trigger` types its
 * argument as the handler itself rather than the handler's argument, so value
 * events (Select, Checkbox, TextArea) go through this one cast.
 */
export function fire(node: { trigger: (...args: never[]) => void }, event: string, value: unknown): void {
  (node.trigger as unknown as (event: string, value: unknown) => void)(event, value);
}

/** A rendered Table's body as text, row by row (what a screen reader reads beside a chart). */
export function tableBody(table: { findAll: (component: never) => { findAll: (component: never) => Node[] }[] }, Row: unknown, Cell: unknown): string[][] {
  return table.findAll(Row as never).map((row) => row.findAll(Cell as never).map((cell) => allText(cell).trim()));
}
