// The cards' small pure pieces: the function answer envelope, the user's
// language, and the ja/en interface texts. (The contact mapping is the shared
// adapter's: test/shared; the number formats are the core's.)
import { CHROME, chrome } from '../../src/app/cards/chrome';
import { callAppFunction, readFunctionAnswer } from '../../src/app/cards/functions';
import { langOfContext } from '../../src/app/cards/lang';

describe('function answers', () => {
  it('passes a value or a known error through', () => {
    expect(readFunctionAnswer({ ok: true, value: { revision: 3 } })).toEqual({ ok: true, value: { revision: 3 } });
    expect(readFunctionAnswer({ ok: false, error: { code: 'stale', message: 'changed', field: 'expectedRevision' } })).toEqual({
      ok: false,
      error: { code: 'stale', message: 'changed', field: 'expectedRevision' },
    });
  });

  it('never trusts an answer of another shape', () => {
    expect(readFunctionAnswer('hello')).toMatchObject({ ok: false, error: { code: 'platform' } });
    expect(readFunctionAnswer({ status: 'SUCCESS', response: {} })).toMatchObject({ ok: false, error: { code: 'platform' } });
    expect(readFunctionAnswer({ ok: false, error: { code: 'teapot', message: 7 } })).toEqual({
      ok: false,
      error: { code: 'crm-error', message: 'unknown error' },
    });
  });

  it('turns a platform failure into an error answer instead of throwing', async () => {
    // Outside HubSpot's worker there is no `serverless` global: the call fails like a platform outage.
    const answer = await callAppFunction('ma-load-program', { companyId: '1' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'platform' } });
  });
});

describe('languages', () => {
  it('follows the HubSpot user locale', () => {
    expect(langOfContext({ user: { locale: 'ja-jp' } })).toBe('ja');
    expect(langOfContext({ user: { locale: 'en-us' } })).toBe('en');
    expect(langOfContext({ user: { language: 'ja' } })).toBe('ja');
    expect(langOfContext(undefined)).toBe('en');
  });

  it('has every interface text in both languages with the same placeholders', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    expect(Object.keys(CHROME.en).sort()).toEqual(Object.keys(CHROME.ja).sort());
    for (const key of Object.keys(CHROME.ja) as (keyof typeof CHROME.ja)[]) {
      expect(CHROME.ja[key].trim()).not.toBe('');
      expect(CHROME.en[key].trim()).not.toBe('');
      expect(placeholders(CHROME.en[key])).toEqual(placeholders(CHROME.ja[key]));
    }
    expect(chrome('en', 'plan.progress', { done: 2, total: 5 })).toBe('Tasks completed: 2 / 5');
  });
});
