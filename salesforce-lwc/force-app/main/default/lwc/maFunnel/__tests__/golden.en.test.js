// The golden KPI cases as an English (en-US) user sees them.
import { KPI_CASES, cleanup, shownKpis, expectedCounts } from './goldenFunnel';

describe('c-ma-funnel golden cases (en)', () => {
    afterEach(cleanup);

    it('has KPI cases to run', () => {
        expect(KPI_CASES.length).toBeGreaterThan(0);
    });

    it.each(KPI_CASES.map((c) => [c.name, c]))('%s', async (name, testCase) => {
        expect(await shownKpis(testCase)).toEqual({ counts: expectedCounts(testCase), display: testCase.display.en });
    });
});
