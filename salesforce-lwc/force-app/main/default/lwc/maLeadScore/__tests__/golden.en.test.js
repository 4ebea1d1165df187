// The golden stageOf and handoffStatus displays in English (the default language of the tests).
import { STAGE_CASES, CLOCK_CASES, cleanup, shownStage, shownClock } from './goldenDisplay';

describe('c-ma-lead-score golden displays (en)', () => {
    afterEach(cleanup);

    it('has stageOf and handoffStatus cases with a Salesforce record', () => {
        expect([STAGE_CASES.length > 0, CLOCK_CASES.length > 0]).toEqual([true, true]);
    });

    it.each(STAGE_CASES.map((c) => [c.name, c]))('stageOf: %s', async (name, testCase) => {
        expect(await shownStage(testCase)).toEqual({ stage: testCase.display.en.stage });
    });

    it.each(CLOCK_CASES.map((c) => [c.name, c]))('handoffStatus: %s', async (name, testCase) => {
        const { status, clock, next } = testCase.display.en;
        expect(await shownClock(testCase)).toEqual({ status, clock, next });
    });
});
