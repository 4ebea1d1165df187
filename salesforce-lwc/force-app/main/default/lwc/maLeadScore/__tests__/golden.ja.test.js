// The golden stageOf and handoffStatus displays for a Japanese user.
import { STAGE_CASES, CLOCK_CASES, cleanup, shownStage, shownClock } from './goldenDisplay';

jest.mock('@salesforce/i18n/lang', () => ({ default: 'ja' }), { virtual: true });
jest.mock('@salesforce/i18n/locale', () => ({ default: 'ja-JP' }), { virtual: true });

describe('c-ma-lead-score golden displays (ja)', () => {
    afterEach(cleanup);

    it('has stageOf and handoffStatus cases with a Salesforce record', () => {
        expect([STAGE_CASES.length > 0, CLOCK_CASES.length > 0]).toEqual([true, true]);
    });

    it.each(STAGE_CASES.map((c) => [c.name, c]))('stageOf: %s', async (name, testCase) => {
        expect(await shownStage(testCase)).toEqual({ stage: testCase.display.ja.stage });
    });

    it.each(CLOCK_CASES.map((c) => [c.name, c]))('handoffStatus: %s', async (name, testCase) => {
        const { status, clock, next } = testCase.display.ja;
        expect(await shownClock(testCase)).toEqual({ status, clock, next });
    });
});
