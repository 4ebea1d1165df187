// Runs every KPI case of tests/cases/golden.json through the component: the
// case's leads are Lead records, the SLA is typed into the SLA field and the
// clock stands at `asOf`. The DISPLAYED values must equal the expectation:
// counts as integers, rates as percentages with one decimal ("33.3%", "—" for
// none), the median first-touch time in minutes with one decimal.
import { graphql } from 'lightning/graphql';
import { flush, clockAt, mount, cleanup, shown, funnelData } from './funnelTestUtils';

const GOLDEN = require('../../../../../../../tests/cases/golden.json');

const percent = (rate) => (rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`);

describe('c-ma-funnel golden cases', () => {
    afterEach(cleanup);

    it('has KPI cases to run', () => {
        expect(GOLDEN.kpi.length).toBeGreaterThan(0);
    });

    it.each(GOLDEN.kpi.map((c) => [c.name, c]))('%s', async (name, testCase) => {
        clockAt(testCase.asOf);
        const element = mount();
        graphql.emit(funnelData(testCase.leads));
        await flush();
        const sla = element.shadowRoot.querySelector('[data-id="sla"]');
        sla.value = String(testCase.slaMinutes);
        sla.dispatchEvent(new CustomEvent('change'));
        await flush();
        const want = testCase.expect;
        for (const key of ['mql', 'sal', 'sql', 'opportunities', 'won']) {
            expect([key, shown(element, `kpi-${key}`)]).toEqual([key, String(want[key])]);
        }
        for (const key of ['mqlToSqlRate', 'opportunityRate', 'winRate', 'slaCompliance']) {
            expect([key, shown(element, `kpi-${key}`)]).toEqual([key, percent(want[key])]);
        }
        if (want.medianMinutesToFirstTouch !== undefined) {
            const median = want.medianMinutesToFirstTouch;
            expect(shown(element, 'kpi-medianMinutesToFirstTouch')).toBe(median === null ? '—' : String(Math.round(median * 10) / 10));
        }
    });
});
