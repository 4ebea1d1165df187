// A Japanese user: the figures are named with the core's words, the reject
// reason combobox is hinted in Japanese, and the actions are the core's.
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import { newDefinitionSet, submitForReview, signDefinitionSet } from 'c/maSignOff';
import { flush, clockAt, mount, cleanup, clone } from './leadTestUtils';

jest.mock('@salesforce/i18n/lang', () => ({ default: 'ja' }), { virtual: true });

const LEAD = require('./data/lead.json');
const CONTEXT = require('./data/context.json');

function agreed() {
    const value = (r) => r.value;
    let set = value(newDefinitionSet('inbound-smb', { id: 'p1', by: 'admin', at: '2026-10-01T00:00:00Z' }));
    set = value(submitForReview(set, { by: 'admin', at: '2026-10-01T00:00:00Z' }));
    for (const role of ['marketing', 'insideSales', 'sales']) set = value(signDefinitionSet(set, { role, by: role, at: '2026-10-02T00:00:00Z', version: 1 }));
    return set;
}

describe('c-ma-lead-score in Japanese', () => {
    beforeEach(() => clockAt('2026-11-27T09:00:00.000Z'));
    afterEach(cleanup);

    it('names the stored figures and the actions in the core’s words, and hints the reason in Japanese', async () => {
        const context = clone(CONTEXT);
        context.uiapi.query.MA_Program__c.edges[0].node.Current_Definition_Set__r = { Id: 'a03000000000001AAA', Version__c: { value: 1 }, Definitions__c: { value: JSON.stringify(agreed()) } };
        const element = mount();
        getRecord.emit(LEAD);
        await flush();
        graphql.emit(context);
        await flush();
        const terms = [...element.shadowRoot.querySelectorAll('[data-id="stored"] dt')].map((dt) => dt.textContent);
        expect(terms).toEqual(['スコア', 'グレード', '属性スコア', '行動スコア', 'ステージ', '引き渡し状況', 'MQL日時']);
        const reason = element.shadowRoot.querySelector('[data-id="reason"]');
        expect([reason.label, reason.placeholder]).toEqual(['差し戻し理由', '差し戻し理由を選択']);
        const actions = [...element.shadowRoot.querySelectorAll('[data-action]')].map((b) => b.label);
        expect(actions).toEqual(['受け入れ(SAL)', '差し戻し', 'ナーチャリングへ戻す']);
        await expect(element).toBeAccessible();
    });
});
