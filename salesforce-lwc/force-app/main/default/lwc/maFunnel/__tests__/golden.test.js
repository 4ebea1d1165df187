// Runs every KPI case of tests/cases/golden.json through the component: the
// case's leads are Lead records, the SLA is typed into the SLA field and the
// clock stands at `asOf`. The DISPLAYED values must equal the expectation:
// counts as integers, rates as percentages with one decimal ("33.3%", "—" for
// none), the median first-touch time in minutes with one decimal.
import { graphql } from 'lightning/graphql';
import { flush, clockAt, mount, cleanup, shown, funnelData } from './funnelTestUtils';

const GOLDEN = require('../../../../../../../tests/cases/golden.json');

const minutes = (value) => (value === null ? '—' : String(Math.round(value * 10) / 10));
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
        const keys = ['mql', 'sal', 'sql', 'opportunities', 'won', 'mqlToSqlRate', 'opportunityRate', 'winRate', 'slaCompliance'];
        const rates = new Set(['mqlToSqlRate', 'opportunityRate', 'winRate', 'slaCompliance']);
        if (want.medianMinutesToFirstTouch !== undefined) keys.push('medianMinutesToFirstTouch');
        const displayed = Object.fromEntries(keys.map((key) => [key, shown(element, `kpi-${key}`)]));
        const expected = Object.fromEntries(
            keys.map((key) => {
                if (rates.has(key)) return [key, percent(want[key])];
                if (key === 'medianMinutesToFirstTouch') return [key, minutes(want[key])];
                return [key, String(want[key])];
            })
        );
        expect(displayed).toEqual(expected);
    });
});
