// The settings page under test: rendered with HubSpot's test renderer in a
// chosen language, with a function caller that answers per function name (a
// value, or a function of the parameters) and records every call.
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { DEFAULT_HANDOFF_RULES } from '@ma-maturity/shared-core';
import type { CallSettings, SettingsFunction } from '../../src/app/settings/calls';
import { Settings } from '../../src/app/settings/Settings';

export type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; field?: string } };

export function caller(answers: Partial<Record<SettingsFunction, Answer | ((p: Record<string, unknown>) => Answer)>>) {
  const calls: { name: SettingsFunction; parameters: Record<string, unknown> }[] = [];
  const call: CallSettings = async (name, parameters) => {
    calls.push({ name, parameters });
    const answer = answers[name];
    const value = typeof answer === 'function' ? answer(parameters) : answer;
    return (value ?? { ok: false, error: { code: 'not-found', message: `no answer for ${name}` } }) as never;
  };
  return { call, calls, of: (name: SettingsFunction) => calls.filter((c) => c.name === name) };
}

export const ok = (value: unknown): Answer => ({ ok: true, value });

export const PROGRAM = {
  companyId: '900',
  name: '産業機器事業部',
  revision: 7,
  isDefault: true,
  program: {
    scoringModel: null,
    handoffRules: DEFAULT_HANDOFF_RULES,
    fieldMapping: { title: '' },
    access: { members: [{ userId: '101', email: 'mika@example.com', departments: ['marketing'] }] },
    routing: [],
  },
  diagnoses: [],
  definitions: { current: null, inForce: null },
  rescore: null,
};

export function setup(answers: Parameters<typeof caller>[0], locale = 'en-us') {
  const renderer = createRenderer('settings');
  const fake = caller({ 'ma-load-program': ok(PROGRAM), 'ma-current-user': ok({ admin: true, userId: '1', email: 'a@example.com' }), ...answers });
  renderer.render(<Settings context={{ user: { ...renderer.mocks.context.user, locale } }} call={fake.call} />);
  return { ...renderer, ...fake };
}

