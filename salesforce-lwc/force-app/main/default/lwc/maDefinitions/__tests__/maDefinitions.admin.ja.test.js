// An admin whose language is Japanese: the template combobox is labelled and
// hinted in Japanese (a combobox's own placeholder would be English).
import { DEFINITION_TEMPLATES } from 'c/maSignOff';
import { $, data, mount, reset } from './definitionsTestUtils';

jest.mock('@salesforce/i18n/lang', () => ({ default: 'ja' }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Sign_Marketing', () => ({ __esModule: true, default: undefined }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Sign_Inside_Sales', () => ({ __esModule: true, default: undefined }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Sign_Sales', () => ({ __esModule: true, default: undefined }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Manage_Programs', () => ({ __esModule: true, default: true }), { virtual: true });

describe('c-ma-definitions for a Japanese admin', () => {
    afterEach(reset);

    it('labels and hints the template combobox in Japanese', async () => {
        const element = await mount(data([]));
        const template = $(element, '[data-id="template"]');
        expect([template.label, template.placeholder]).toEqual(['テンプレート', 'テンプレートを選択']);
        expect(template.options.map((o) => o.value)).toEqual(DEFINITION_TEMPLATES.map((t) => t.id));
        await expect(element).toBeAccessible();
    });
});
