// The golden plan cases as an English (en-US) user sees them.
import { PLAN_CASES, cleanup, shownPlan } from './goldenPlan';

describe('c-ma-plan golden cases (en)', () => {
    afterEach(cleanup);

    it('has plan cases to run', () => {
        expect(PLAN_CASES.length).toBeGreaterThan(0);
    });

    it.each(PLAN_CASES.map((c) => [c.name, c]))('%s', async (name, testCase) => {
        const want = testCase.display.en;
        const dueDates = want.dueDates || {};
        expect(await shownPlan(testCase, Object.keys(dueDates))).toEqual({ targetLevel: want.targetLevel, taskIds: [...testCase.expect.taskIds].sort(), dueDates });
    });
});
