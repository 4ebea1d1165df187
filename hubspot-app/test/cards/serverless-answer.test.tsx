// Every card reaches its functions through one helper (`callAppFunction`),
// which reads `hubspot.serverless` answers whether they come as the
// function's return value or wrapped as `{ body }` (the shape the only 2026.03
// example reads). Here `hubspot.serverless` is HubSpot's own call into the
// worker's `self.serverless`, stubbed to answer each shape, and real cards
// render from it.
import { Button, StatisticsItem, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { DefinitionsCard } from '../../src/app/cards/DefinitionsCard';
import { DiagnosisCard } from '../../src/app/cards/DiagnosisCard';
import { callAppFunction, readFunctionAnswer } from '../../src/app/cards/functions';
import { crmContext } from './helpers';
import { definitionSet, programView } from './fixtures';

type Shape = 'raw' | 'body' | 'body as JSON text';
const wrap = (shape: Shape, answer: unknown) => (shape === 'raw' ? answer : shape === 'body' ? { body: answer } : { body: JSON.stringify(answer) });

const ANSWERS: Record<string, unknown> = {
  'ma-load-program': { ok: true, value: programView({ definitions: { current: definitionSet(['marketing']), inForce: null } }) },
  'ma-current-user': { ok: true, value: { companyId: '501', userId: '77', email: 'h@example.jp', by: 'h@example.jp', admin: false, departments: ['sales'], signable: ['sales'] } },
};

const worker = globalThis as unknown as { self?: { serverless?: (name: string, options: unknown) => Promise<unknown> } };
let saved: typeof worker.self;
beforeEach(() => {
  saved = worker.self;
});
afterEach(() => {
  worker.self = saved;
});
function answerAs(shape: Shape) {
  const names: string[] = [];
  worker.self = {
    serverless: async (name: string) => {
      names.push(name);
      return wrap(shape, ANSWERS[name] ?? { ok: false, error: { code: 'not-found', message: name } });
    },
  };
  return names;
}

describe.each<Shape>(['raw', 'body', 'body as JSON text'])('hubspot.serverless answering %s', (shape) => {
  it('gives the same value and the same refusal', async () => {
    answerAs(shape);
    expect(await callAppFunction('ma-current-user', { companyId: '501' })).toEqual(ANSWERS['ma-current-user']);
    expect(await callAppFunction('ma-save-diagnosis', {})).toEqual({ ok: false, error: { code: 'not-found', message: 'ma-save-diagnosis' } });
  });

  it('draws the Diagnosis card', async () => {
    answerAs(shape);
    const { render, findByTestId, waitFor, mocks } = createRenderer('crm.record.tab');
    render(<DiagnosisCard context={crmContext(mocks.context, 'en-us')} />);
    await waitFor(() => expect(findByTestId(StatisticsItem, 'diag-level')).toBeTruthy());
  });

  it('draws the Definitions card with what the user may sign', async () => {
    const names = answerAs(shape);
    const { render, findByTestId, waitFor, mocks } = createRenderer('crm.record.tab');
    render(<DefinitionsCard context={crmContext(mocks.context, 'en-us')} />);
    await waitFor(() => expect(findByTestId(Button, 'defs-sign-as-sales').text).toBe('Sign version 1 for Sales'));
    expect(findByTestId(Text, 'defs-version').text).toBe('Version 1');
    expect(names.sort()).toEqual(['ma-current-user', 'ma-load-program']);
  });
});

it('does not take a `{ body }` of another shape for an answer', () => {
  expect(readFunctionAnswer({ body: 'not json' })).toMatchObject({ ok: false, error: { code: 'platform' } });
  expect(readFunctionAnswer({ body: { status: 'SUCCESS' } })).toMatchObject({ ok: false, error: { code: 'platform' } });
});
