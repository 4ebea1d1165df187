import { graphql, byOperation } from 'lightning/graphql';
import { DEFAULT_HANDOFF_RULES } from 'c/maCore';
import { flush, clockAt, mount, cleanup, shown, funnelData, emitFunnel } from './funnelTestUtils';

const LEADS = require('./data/leads.json');

const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

describe('c-ma-funnel', () => {
    beforeEach(() => clockAt('2026-11-27T00:00:00Z'));
    afterEach(cleanup);

    it('shows a spinner while the program\'s funnel loads', async () => {
        const element = mount();
        graphql.emit({ uiapi: { query: { MA_Program__c: { edges: [{ node: { Id: 'a00000000000001AAA', Name: { value: 'P' } } }] } } } }, byOperation('maPrograms'));
        await flush();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the error panel when the query fails', async () => {
        const element = mount();
        await emitFunnel(funnelData([]));
        graphql.emitErrors([{ message: 'No such column MA_MQL_At__c on Lead' }], byOperation('maFunnel'));
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says so when there are no MA leads', async () => {
        const element = mount();
        await emitFunnel(funnelData([]));
        expect($(element, '[data-id="empty"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the overall KPIs, by month, by definition version and rejections by reason', async () => {
        const element = mount();
        await emitFunnel(funnelData(LEADS.slice(0, 3), LEADS.slice(3)));
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
        expect(shown(element, 'kpi-medianMinutesToFirstTouch')).toBe('30 min');
        // No handoff rules stored: the core's defaults, as the org's engine reads them.
        expect(shown(element, 'sla')).toBe("First-touch SLA: 1 h 00 min (the program's agreed handoff rules)");
        expect($$(element, '[data-id="by-month"] tbody tr').map((tr) => tr.dataset.key)).toEqual(['2026-10', '2026-11']);
        expect($$(element, '[data-id="by-version"] tbody tr')).toHaveLength(2);
        const rejections = $$(element, '[data-id="rejections"] tbody tr');
        expect(rejections.map((tr) => [tr.dataset.reason, tr.querySelector('td:last-child').textContent])).toEqual([['no-need', '2']]);
        expect($(element, '[data-id="sample-note"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('measures the first touch against the program’s agreed SLA', async () => {
        const element = mount();
        await emitFunnel(funnelData(LEADS, [], false, { ...DEFAULT_HANDOFF_RULES, firstTouchSlaMinutes: 240 }));
        expect(shown(element, 'sla')).toBe("First-touch SLA: 4 h 00 min (the program's agreed handoff rules)");
        expect(shown(element, 'kpi-slaCompliance')).toBe('75.0%');
        expect(element.shadowRoot.querySelector('lightning-input')).toBeNull();
    });

    it('names a malformed rule of the handoff rules instead of counting with another SLA', async () => {
        const element = mount();
        await emitFunnel(funnelData(LEADS, [], false, { ...DEFAULT_HANDOFF_RULES, firstTouchSlaMinutes: 0 }));
        const panel = $(element, 'c-error-panel');
        expect(panel.errors.map((e) => e.path)).toEqual(['handoff.firstTouchSlaMinutes']);
        expect($(element, '[data-id="kpi-mql"]')).toBeNull();
    });

    it('labels a capped result as a sample', async () => {
        const element = mount();
        await emitFunnel(funnelData(LEADS, [], true));
        expect(shown(element, 'sample-note')).toMatch(/sample/);
        await expect(element).toBeAccessible();
    });
});
