// Signed in as someone who holds inside sales and sales (two department permission sets).
import { createRecord } from 'lightning/uiRecordApi';
import { $, $$, SET_ID, data, flush, mount, record, reset, reviewV1, signOff, signOffCalls } from './definitionsTestUtils';

jest.mock('@salesforce/customPermission/MA_Sign_Marketing', () => ({ __esModule: true, default: undefined }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Sign_Inside_Sales', () => ({ __esModule: true, default: true }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Sign_Sales', () => ({ __esModule: true, default: true }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Manage_Programs', () => ({ __esModule: true, default: undefined }), { virtual: true });

describe('c-ma-definitions, signed in with two departments', () => {
    afterEach(reset);

    it('offers each held department not yet signed, and signs the one clicked', async () => {
        const element = await mount(data([record(SET_ID, reviewV1(), { signOffs: [signOff('insideSales', 1)] })]));
        expect($(element, '[data-id="you-sign-for"]').textContent).toBe('You sign for: Inside sales / Sales');
        const buttons = $$(element, '[data-id="sign"]');
        expect(buttons.map((b) => b.dataset.role)).toEqual(['sales']);
        buttons[0].click();
        await flush();
        expect(createRecord).toHaveBeenCalledTimes(1);
        expect(signOffCalls()[0][0].fields.Role__c).toBe('sales');
        await expect(element).toBeAccessible();
    });
});
