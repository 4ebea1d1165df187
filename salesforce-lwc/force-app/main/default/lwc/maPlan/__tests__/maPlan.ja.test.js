// The user's language is Japanese: each task's status combobox has a Japanese
// label and placeholder, transitions read as the seed names them.
import { graphql } from 'lightning/graphql';
import { flush, mount, $, $$, withTasks } from './planTestUtils';

jest.mock('@salesforce/i18n/lang', () => ({ default: 'ja' }), { virtual: true });

describe('c-ma-plan in Japanese', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    });

    it('labels and hints every status combobox in Japanese', async () => {
        const element = mount();
        graphql.emit(withTasks([{ Task_Key__c: 'scoring-rules', Title__c: 'スコアリングのルールを決める', Transition__c: '1->2', Status__c: 'Not_Started', Due_Date__c: '2026-12-20' }]));
        await flush();
        const status = $(element, 'lightning-combobox[data-task-id]');
        expect([status.label, status.placeholder]).toEqual(['「スコアリングのルールを決める」の状況', '状況を選択']);
        expect($$(element, '[data-id="transition-progress"] tbody th').map((th) => th.textContent)).toEqual(['レベル1→2(初期→基礎)']);
        await expect(element).toBeAccessible();
    });
});
