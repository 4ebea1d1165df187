// The user's language is Japanese: chrome from the component catalog, item
// and level names from the core's catalog, in Japanese.
import { graphql } from 'lightning/graphql';
import { itemLabel, levelInfo } from 'c/maMethod';
import { flush, mount, cleanup, shown, checkbox } from './diagnosisTestUtils';

jest.mock('@salesforce/i18n/lang', () => ({ default: 'ja' }), { virtual: true });

const DIAGNOSES = require('./data/diagnoses.json');

describe('c-ma-diagnosis in Japanese', () => {
    afterEach(cleanup);

    it('renders Japanese labels', async () => {
        const element = mount();
        graphql.emit(DIAGNOSES);
        await flush();
        expect(element.shadowRoot.querySelector('lightning-card').title).toBe('MA成熟度診断');
        expect(checkbox(element, 5).label).toBe(`5. ${itemLabel('ja', 5)}`);
        const steps = [...element.shadowRoot.querySelectorAll('lightning-progress-step')].map((s) => s.label);
        expect(steps[2]).toBe(`2 ${levelInfo(2, 'ja').name}`);
        expect(shown(element, 'level')).toBe('2');
        expect(shown(element, 'status')).toMatch(/に保存された最新の診断/);
        // Every control has a Japanese label and placeholder (never the platform's "Select an Option").
        const control = (id) => element.shadowRoot.querySelector(`[data-id="${id}"]`);
        expect([control('respondent').label, control('respondent').placeholder]).toEqual(['回答者', '回答者を選択']);
        expect([control('new-role').label, control('new-role').placeholder]).toEqual(['追加する回答者の部門', '部門を選択']);
        expect([control('new-name').label, control('new-name').placeholder]).toEqual(['追加する回答者の名前(任意)', '例: 山田 花子']);
        await expect(element).toBeAccessible();
    });
});
