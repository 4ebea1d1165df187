// Every KPI case of tests/cases/golden.json through the component: the case's
// leads are the program's Lead records, its SLA the program's handoff rules
// (firstTouchSlaMinutes, the core's defaults otherwise), the clock at `asOf`.
// Counts must equal the expectation; the rates and the median first-touch
// time as DISPLAYED must equal the case's `display`, written by hand in the
// golden file, in the language of the test file that runs them.
import { DEFAULT_HANDOFF_RULES } from 'c/maCore';
import { clockAt, mount, cleanup, shown, funnelData, emitFunnel } from './funnelTestUtils';

const GOLDEN = require('../../../../../../../tests/cases/golden.json');
const COUNTS = ['mql', 'sal', 'sql', 'opportunities', 'won'];
const SHOWN = ['mqlToSqlRate', 'opportunityRate', 'winRate', 'slaCompliance', 'medianMinutesToFirstTouch'];

export const KPI_CASES = GOLDEN.kpi;
export { cleanup };

/** The counts and the displayed rates and median of a case, against the program's SLA. */
export async function shownKpis(testCase) {
    clockAt(testCase.asOf);
    const element = mount();
    await emitFunnel(funnelData(testCase.leads, [], false, { ...DEFAULT_HANDOFF_RULES, firstTouchSlaMinutes: testCase.slaMinutes }));
    return {
        counts: Object.fromEntries(COUNTS.map((key) => [key, shown(element, `kpi-${key}`)])),
        display: Object.fromEntries(SHOWN.map((key) => [key, shown(element, `kpi-${key}`)])),
    };
}

/** The counts as the expectation gives them (whole numbers, shown as they are). */
export const expectedCounts = (testCase) => Object.fromEntries(COUNTS.map((key) => [key, String(testCase.expect[key])]));
