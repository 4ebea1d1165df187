// Signed in as a member (no MA_Manage_Programs): the component shows nothing
// and reads nothing; the org refuses a member's MA_Definition_Set__c create
// whatever a page sends (see the permission sets).
import { graphql } from 'lightning/graphql';
import { getObjectInfos } from 'lightning/uiObjectInfoApi';
import { flush, mount, reset } from './suggestionTestUtils';

jest.mock('@salesforce/customPermission/MA_Manage_Programs', () => ({ __esModule: true, default: undefined }), { virtual: true });

describe('c-ma-suggestion, signed in as a member', () => {
    afterEach(reset);

    it('is not shown and asks the org for nothing', async () => {
        const element = mount();
        await flush();
        expect(element.shadowRoot.querySelector('lightning-card')).toBeNull();
        expect(element.shadowRoot.textContent).toBe('');
        const asked = [];
        graphql.emit(null, (config) => {
            asked.push(config.query);
            return false;
        });
        expect(asked.length).toBeGreaterThan(0);
        expect(asked.every((query) => query === undefined)).toBe(true);
        const objects = [];
        getObjectInfos.emit(null, (config) => {
            objects.push(config.objectApiNames);
            return false;
        });
        expect(objects.every((names) => names === undefined)).toBe(true);
    });
});
