// The golden KPI cases as a Japanese (ja-JP) user sees them.
import { KPI_CASES, cleanup, shownKpis, expectedCounts } from './goldenFunnel';

jest.mock('@salesforce/i18n/lang', () => ({ default: 'ja' }), { virtual: true });
jest.mock('@salesforce/i18n/locale', () => ({ default: 'ja-JP' }), { virtual: true });

describe('c-ma-funnel golden cases (ja)', () => {
    afterEach(cleanup);

    it('has KPI cases to run', () => {
        expect(KPI_CASES.length).toBeGreaterThan(0);
    });

    it.each(KPI_CASES.map((c) => [c.name, c]))('%s', async (name, testCase) => {
        expect(await shownKpis(testCase)).toEqual({ counts: expectedCounts(testCase), display: testCase.display.ja });
    });
});
