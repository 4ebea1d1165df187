// The user's language is Japanese: the SLA field is labelled and hinted in
// Japanese, counts and rates as the Japanese UI writes them.
import { graphql } from 'lightning/graphql';
import { flush, clockAt, mount, cleanup, funnelData } from './funnelTestUtils';

jest.mock('@salesforce/i18n/lang', () => ({ default: 'ja' }), { virtual: true });

const LEADS = require('./data/leads.json');

describe('c-ma-funnel in Japanese', () => {
    beforeEach(() => clockAt('2026-11-27T00:00:00Z'));
    afterEach(cleanup);

    it('labels and hints the SLA field in Japanese, and names the funnel steps in the seed’s words', async () => {
        const element = mount();
        graphql.emit(funnelData(LEADS));
        await flush();
        const sla = element.shadowRoot.querySelector('[data-id="sla"]');
        expect([sla.label, sla.placeholder]).toEqual(['初回接触のSLA(分)', '例: 60']);
        const steps = [...element.shadowRoot.querySelectorAll('[data-id="funnel-steps"] tbody th')].map((th) => th.textContent);
        expect(steps).toEqual(['MQL', 'SAL', 'SQL', '商談', '受注']);
        await expect(element).toBeAccessible();
    });
});
