// The app functions the settings page calls (FUNCTIONS.md). Every write is
// checked again on the server: only a program admin may make it.
import { hubspot, type JsonValue } from '@hubspot/ui-extensions';
import { platformFailure, readFunctionAnswer, toJsonParameters, type FunctionResult } from './core';

export type SettingsFunction = 'ma-load-program' | 'ma-current-user' | 'ma-save-access' | 'ma-save-program' | 'ma-backtest-model' | 'ma-rescore' | 'ma-suggest-model' | 'ma-draft-from-suggestion';

export type CallSettings = (name: SettingsFunction, parameters: Record<string, unknown>) => Promise<FunctionResult<unknown>>;

export const callSettingsFunction: CallSettings = async (name, parameters) => {
  try {
    return readFunctionAnswer(await hubspot.serverless(name, { parameters: toJsonParameters(parameters) as { [key: string]: JsonValue } }));
  } catch (error) {
    return platformFailure(error);
  }
};
