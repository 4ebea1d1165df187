import { graphql } from 'lightning/graphql';
import { flush, clockAt, mount, cleanup, shown, funnelData } from './funnelTestUtils';

const LEADS = require('./data/leads.json');

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

describe('c-ma-funnel', () => {
    beforeEach(() => clockAt('2026-11-27T00:00:00Z'));
    afterEach(cleanup);

    it('shows a spinner while loading', async () => {
        const element = mount();
        await flush();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the error panel when the query fails', async () => {
        const element = mount();
        graphql.emitErrors([{ message: 'No such column MA_MQL_At__c on Lead' }]);
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says so when there are no MA leads', async () => {
        const element = mount();
        graphql.emit(funnelData([]));
        await flush();
        expect($(element, '[data-id="empty"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the overall KPIs, by month, by definition version and rejections by reason', async () => {
        const element = mount();
        graphql.emit(funnelData(LEADS.slice(0, 3), LEADS.slice(3)));
        await flush();
        expect(shown(element, 'kpi-mql')).toBe('4');
        expect(shown(element, 'kpi-sal')).toBe('2');
        expect(shown(element, 'kpi-sql')).toBe('2');
        expect(shown(element, 'kpi-opportunities')).toBe('2');
        expect(shown(element, 'kpi-won')).toBe('1');
        expect(shown(element, 'kpi-mqlToSqlRate')).toBe('50.0%');
        expect(shown(element, 'kpi-opportunityRate')).toBe('50.0%');
        expect(shown(element, 'kpi-winRate')).toBe('50.0%');
        // Touched in 20 and 30 minutes: met; 3 hours and never: breached.
        expect(shown(element, 'kpi-slaCompliance')).toBe('50.0%');
        expect(shown(element, 'kpi-medianMinutesToFirstTouch')).toBe('30');
        expect($$(element, '[data-id="by-month"] tbody tr').map((tr) => tr.dataset.key)).toEqual(['2026-10', '2026-11']);
        expect($$(element, '[data-id="by-version"] tbody tr')).toHaveLength(2);
        const rejections = $$(element, '[data-id="rejections"] tbody tr');
        expect(rejections.map((tr) => [tr.dataset.reason, tr.querySelector('td:last-child').textContent])).toEqual([['no-need', '2']]);
        expect($(element, '[data-id="sample-note"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('recomputes SLA compliance when the SLA changes', async () => {
        const element = mount();
        graphql.emit(funnelData(LEADS));
        await flush();
        const sla = $(element, '[data-id="sla"]');
        sla.value = '240';
        sla.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(shown(element, 'kpi-slaCompliance')).toBe('75.0%');
    });

    it('labels a capped result as a sample', async () => {
        const element = mount();
        graphql.emit(funnelData(LEADS, [], true));
        await flush();
        expect(shown(element, 'sample-note')).toMatch(/sample/);
        await expect(element).toBeAccessible();
    });
});
