// Calls to the app functions (every write, and the reads a card cannot do
// itself). The contract is hubspot-app/FUNCTIONS.md; the answer envelope is
// read by the shared `readFunctionAnswer` (raw or wrapped in `{ body }`).
import { hubspot } from '@hubspot/ui-extensions';
import type { JsonValue } from '@hubspot/ui-extensions';
import { platformFailure, readFunctionAnswer, toJsonParameters, type FunctionResult } from './core';

export type { FunctionError, FunctionErrorCode, FunctionResult } from './core';
export { readFunctionAnswer } from './core';

export type FunctionName =
  | 'ma-load-program'
  | 'ma-save-diagnosis'
  | 'ma-list-plan-tasks'
  | 'ma-create-plan-tasks'
  | 'ma-update-task'
  | 'ma-save-definitions'
  | 'ma-submit-definitions'
  | 'ma-sign-definitions'
  | 'ma-handoff-action'
  | 'ma-funnel-kpis'
  | 'ma-current-user';

/** Plain JSON-serialisable values (core results are plain objects by contract). */
export type FunctionParameters = Record<string, unknown>;

/** The one way the cards reach a function; tests pass their own. */
export type CallFunction = (name: FunctionName, parameters: FunctionParameters) => Promise<FunctionResult<unknown>>;

export const callAppFunction: CallFunction = async (name, parameters) => {
  try {
    return readFunctionAnswer(await hubspot.serverless(name, { parameters: toJsonParameters(parameters) as { [key: string]: JsonValue } }));
  } catch (error) {
    return platformFailure(error);
  }
};
