// The golden plan cases as a Japanese (ja-JP) user sees them.
import { PLAN_CASES, cleanup, shownPlan } from './goldenPlan';

jest.mock('@salesforce/i18n/lang', () => ({ default: 'ja' }), { virtual: true });
jest.mock('@salesforce/i18n/locale', () => ({ default: 'ja-JP' }), { virtual: true });

describe('c-ma-plan golden cases (ja)', () => {
    afterEach(cleanup);

    it('has plan cases to run', () => {
        expect(PLAN_CASES.length).toBeGreaterThan(0);
    });

    it.each(PLAN_CASES.map((c) => [c.name, c]))('%s', async (name, testCase) => {
        const want = testCase.display.ja;
        const dueDates = want.dueDates || {};
        expect(await shownPlan(testCase, Object.keys(dueDates))).toEqual({ targetLevel: want.targetLevel, taskIds: [...testCase.expect.taskIds].sort(), dueDates });
    });
});
