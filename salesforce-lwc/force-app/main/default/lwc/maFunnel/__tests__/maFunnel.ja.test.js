// The user's language is Japanese: the SLA reads in the core's Japanese
// minutes, the funnel steps in the seed's words.
import { clockAt, mount, cleanup, shown, funnelData, emitFunnel } from './funnelTestUtils';

jest.mock('@salesforce/i18n/lang', () => ({ default: 'ja' }), { virtual: true });

const LEADS = require('./data/leads.json');

describe('c-ma-funnel in Japanese', () => {
    beforeEach(() => clockAt('2026-11-27T00:00:00Z'));
    afterEach(cleanup);

    it('states the agreed SLA in Japanese, and names the funnel steps in the seed’s words', async () => {
        const element = mount();
        await emitFunnel(funnelData(LEADS));
        expect(shown(element, 'sla')).toBe('初回接触の SLA: 1時間00分(プログラムの合意した引き渡しルール)');
        expect(shown(element, 'kpi-medianMinutesToFirstTouch')).toMatch(/分$/);
        const steps = [...element.shadowRoot.querySelectorAll('[data-id="funnel-steps"] tbody th')].map((th) => th.textContent);
        expect(steps).toEqual(['MQL', 'SAL', 'SQL', '商談', '受注']);
        await expect(element).toBeAccessible();
    });
});
