// Signed in as a marketing member: holds MA_Sign_Marketing only.
import { graphql, mockRefresh } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { $, $$, SET_ID, data, flush, mount, record, reset, reviewV1, signOff, signOffCalls, signedJson } from './definitionsTestUtils';

jest.mock('@salesforce/customPermission/MA_Sign_Marketing', () => ({ __esModule: true, default: true }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Sign_Inside_Sales', () => ({ __esModule: true, default: undefined }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Sign_Sales', () => ({ __esModule: true, default: undefined }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Manage_Programs', () => ({ __esModule: true, default: undefined }), { virtual: true });

describe('c-ma-definitions, signed in as marketing', () => {
    afterEach(reset);

    it('shows a spinner while loading', async () => {
        const element = await mount();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the error panel when the query fails', async () => {
        const element = await mount();
        graphql.emitErrors([{ message: 'MA_Definition_Set__c is not supported' }]);
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('offers to sign only for marketing, with no department picker and no admin step', async () => {
        const element = await mount(data([record(SET_ID, reviewV1())]));
        expect($(element, 'lightning-combobox')).toBeNull();
        expect($(element, '[data-id="you-sign-for"]').textContent).toBe('You sign for: Marketing');
        const buttons = $$(element, '[data-id="sign"]');
        expect(buttons.map((b) => b.dataset.role)).toEqual(['marketing']);
        expect(buttons[0].label).toBe('Sign version 1 as Marketing');
        expect($(element, '[data-id="submit"]')).toBeNull();
        expect($(element, '[data-id="draft-from-template"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('signs by creating one MA_Sign_Off__c for the signed-in user and never writes the set or the program', async () => {
        const element = await mount(data([record(SET_ID, reviewV1())]));
        const comment = $(element, '[data-id="comment"]');
        comment.value = 'スコア70点で合意';
        comment.dispatchEvent(new CustomEvent('change'));
        $(element, '[data-id="sign"]').click();
        await flush();
        expect(updateRecord).not.toHaveBeenCalled();
        expect(createRecord).toHaveBeenCalledTimes(1);
        expect(signOffCalls()[0][0].fields).toEqual({
            Definition_Set__c: SET_ID,
            Role__c: 'marketing',
            Signed_By__c: '005000000000000000',
            Version__c: 1,
            Comment__c: 'スコア70点で合意',
        });
        // The org reads the set back after the write: its derived state, not the page's, is shown.
        expect(mockRefresh).toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('derives state and signatures from the stored sign-offs, whatever the JSON says', async () => {
        const stored = [signOff('marketing', 1, '佐藤 美咲'), signOff('insideSales', 1, '田中 蓮')];
        let element = await mount(data([record(SET_ID, reviewV1(), { signOffs: stored })]));
        expect($(element, '[data-id="sign-off-count"]').textContent).toBe('2 of 3 departments signed');
        expect($(element, '[data-id="signatures"] tr[data-role="insideSales"]').textContent).toContain('田中 蓮');
        expect($(element, '[data-id="already-signed"]')).not.toBeNull();
        expect($(element, '[data-id="sign"]')).toBeNull();
        reset();

        // JSON claiming "agreed" with no signatures stored is in review, and marketing may sign it.
        element = await mount(data([record(SET_ID, { ...reviewV1(), state: 'agreed' })]));
        expect($(element, '[data-id="state"]').dataset.state).toBe('in_review');
        expect($(element, '[data-id="sign"]').dataset.role).toBe('marketing');
    });

    it('shows the agreement the org derived once all three stored sign-offs exist', async () => {
        const stored = ['marketing', 'insideSales', 'sales'].map((role) => signOff(role, 1));
        const element = await mount(data([record(SET_ID, reviewV1(), { signOffs: stored })], SET_ID));
        expect($(element, '[data-id="state"]').dataset.state).toBe('agreed');
        expect($(element, '[data-id="in-force"]').textContent).toBe('In force: version 1');
        expect($(element, '[data-id="sign"]')).toBeNull();
        expect($(element, '[data-id="already-signed"]')).toBeNull();
    });

    it('counts signatures the JSON still holds from before sign-offs were stored apart', async () => {
        const element = await mount(data([record(SET_ID, signedJson(reviewV1(), ['marketing']))]));
        expect($(element, '[data-id="sign-off-count"]').textContent).toBe('1 of 3 departments signed');
        expect($(element, '[data-id="already-signed"]')).not.toBeNull();
    });

    it('when another marketing signer won the race, says so and keeps the comment', async () => {
        createRecord.mockRejectedValueOnce({
            status: 400,
            body: {
                message: 'An error occurred while trying to update the record. Please try again.',
                output: { errors: [{ errorCode: 'DUPLICATE_VALUE', message: `duplicate value found: Sign_Off_Key__c duplicates value on record with id: a04` }], fieldErrors: {} },
            },
        });
        const element = await mount(data([record(SET_ID, reviewV1())]));
        const comment = $(element, '[data-id="comment"]');
        comment.value = 'OK';
        comment.dispatchEvent(new CustomEvent('change'));
        $(element, '[data-id="sign"]').click();
        await flush();
        const panel = $(element, 'c-error-panel');
        expect(panel.shadowRoot.querySelector('[data-id="error-headline"]').textContent).toMatch(/Someone else saved the same thing at the same moment/);
        expect($(element, '[data-id="comment"]').value).toBe('OK');
        await expect(element).toBeAccessible();
    });

    it('shows the org refusing a signature with its own message', async () => {
        createRecord.mockRejectedValueOnce({
            status: 400,
            body: {
                message: 'An error occurred while trying to update the record. Please try again.',
                output: {
                    errors: [],
                    fieldErrors: { Version__c: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', field: 'Version__c', message: 'The signature must be for the version the definition set is at.' }] },
                },
            },
        });
        const element = await mount(data([record(SET_ID, reviewV1())]));
        $(element, '[data-id="sign"]').click();
        await flush();
        const panel = $(element, 'c-error-panel');
        panel.shadowRoot.querySelector('[data-id="error-toggle"]').click();
        await flush();
        expect(panel.shadowRoot.querySelector('[data-id="error-details"]').textContent).toContain('The signature must be for the version');
    });
});
