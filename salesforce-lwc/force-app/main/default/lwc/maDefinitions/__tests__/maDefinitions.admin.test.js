// Signed in as an admin: holds MA_Manage_Programs and no signing department.
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { mockRefresh } from 'lightning/graphql';
import { draftFromSuggestion, editDefinitionSet, signDefinitionSet, submitForReview, DEFINITION_TEMPLATES } from 'c/maSignOff';
import { $, AT, SET_ID, PROGRAM_ID, data, draftV1, flush, mount, record, reset, reviewV1, signOff, value } from './definitionsTestUtils';

jest.mock('@salesforce/customPermission/MA_Sign_Marketing', () => ({ __esModule: true, default: undefined }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Sign_Inside_Sales', () => ({ __esModule: true, default: undefined }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Sign_Sales', () => ({ __esModule: true, default: undefined }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Manage_Programs', () => ({ __esModule: true, default: true }), { virtual: true });

const agreedRecordSet = () =>
    ['marketing', 'insideSales', 'sales'].reduce((set, role) => value(signDefinitionSet(set, { role, by: role, at: AT, version: 1 })), reviewV1());
const agreedRecord = () => record(SET_ID, reviewV1(), { signOffs: ['marketing', 'insideSales', 'sales'].map((role) => signOff(role, 1)) });

describe('c-ma-definitions, signed in as an admin', () => {
    afterEach(reset);

    it('creates the first draft from a template', async () => {
        const element = await mount(data([]));
        expect($(element, '[data-id="empty"]')).not.toBeNull();
        $(element, '[data-id="template"]').dispatchEvent(new CustomEvent('change', { detail: { value: DEFINITION_TEMPLATES[1].id } }));
        await flush();
        $(element, '[data-id="draft-from-template"]').click();
        await flush();
        expect(createRecord).toHaveBeenCalledTimes(1);
        const input = createRecord.mock.calls[0][0];
        expect(input.apiName).toBe('MA_Definition_Set__c');
        expect(input.fields).toEqual(expect.objectContaining({ Program__c: PROGRAM_ID, Name: 'v1', Version__c: 1, State__c: 'draft' }));
        expect(input.fields.Previous_Version__c).toBeUndefined();
        const stored = JSON.parse(input.fields.Definitions__c);
        expect(stored.stages).toEqual(DEFINITION_TEMPLATES[1].stages);
        expect(stored.log[0].by).toBe('佐藤 花子');
        expect(mockRefresh).toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('submits a draft for review with ifUnmodifiedSince', async () => {
        const element = await mount(data([record(SET_ID, draftV1())]));
        expect($(element, '[data-id="state"]').dataset.state).toBe('draft');
        $(element, '[data-id="submit"]').click();
        await flush();
        const [input, options] = updateRecord.mock.calls[0];
        expect(input.fields).toEqual(expect.objectContaining({ Id: SET_ID, State__c: 'in_review' }));
        expect(JSON.parse(input.fields.Definitions__c).state).toBe('in_review');
        expect(options).toEqual({ ifUnmodifiedSince: '2026-11-02T10:00:00.000Z' });
        await expect(element).toBeAccessible();
    });

    it('on a stale submit says so and offers a reload', async () => {
        updateRecord.mockRejectedValueOnce({ status: 400, body: [{ errorCode: 'ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE_CHECK', message: 'Record modified' }] });
        const element = await mount(data([record(SET_ID, draftV1())]));
        $(element, '[data-id="submit"]').click();
        await flush();
        const panel = $(element, 'c-error-panel');
        expect(panel.shadowRoot.querySelector('[data-id="error-headline"]').textContent).toMatch(/changed this record since you opened it/);
        expect(panel.shadowRoot.querySelector('[data-id="error-reload"]')).not.toBeNull();
    });

    it('signs for no department and says how one is granted', async () => {
        const element = await mount(data([record(SET_ID, reviewV1())]));
        expect($(element, '[data-id="sign"]')).toBeNull();
        expect($(element, '[data-id="you-sign-for"]').textContent).toMatch(/You sign for no department/);
        await expect(element).toBeAccessible();
    });

    it('starts v2 from the agreed v1 and leaves v1 untouched', async () => {
        const element = await mount(data([agreedRecord()], SET_ID));
        expect($(element, '[data-id="in-force"]').textContent).toBe('In force: version 1');
        $(element, '[data-id="template"]').dispatchEvent(new CustomEvent('change', { detail: { value: DEFINITION_TEMPLATES[2].id } }));
        await flush();
        $(element, '[data-id="draft-from-template"]').click();
        await flush();
        const input = createRecord.mock.calls[0][0];
        expect(input.fields).toEqual(expect.objectContaining({ Version__c: 2, State__c: 'draft', Previous_Version__c: SET_ID, Name: 'v2' }));
        const stored = JSON.parse(input.fields.Definitions__c);
        expect(stored.previous.version).toBe(1);
        expect(stored.signatures).toEqual([]);
        expect(updateRecord).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('shows the diff of a version under review against the one before', async () => {
        const tpl = DEFINITION_TEMPLATES[2];
        const v2 = value(submitForReview(value(editDefinitionSet(reviewV1(), { stages: tpl.stages, description: tpl.description }, { by: 'admin', at: AT })), { by: 'admin', at: AT }));
        const element = await mount(data([record('a03000000000002AAA', v2, { previousId: SET_ID }), agreedRecord()], SET_ID));
        expect($(element, '[data-id="diff"]')).not.toBeNull();
        expect($(element, '[data-id="version"]').textContent).toBe('2');
    });

    it('shows a version drafted from a suggested model with each rule\'s points and the threshold from -> to against the program\'s model', async () => {
        const programModel = {
            fit: [{ id: 'decision-maker', if: { field: 'title', op: 'contains', value: 'Director' }, points: 10, label: { ja: '決裁者', en: 'Decision maker' } }],
            engagement: [{ id: 'pricing', event: 'page_view', points: 10, label: { ja: '価格ページ', en: 'Pricing page' } }],
            thresholds: { mql: 70 },
        };
        const suggested = { ...programModel, fit: [{ ...programModel.fit[0], points: 25 }], thresholds: { mql: 60 } };
        const v2 = value(draftFromSuggestion(agreedRecordSet(), { model: suggested, threshold: { to: 60 } }, { by: 'admin', at: AT }));
        const element = await mount(data([record('a03000000000002AAA', v2, { previousId: SET_ID }), agreedRecord()], SET_ID, programModel));
        const lines = [...element.shadowRoot.querySelectorAll('[data-id="diff"] li')].map((li) => li.textContent);
        expect(lines).toEqual(
            expect.arrayContaining([
                'MQL: criterion changed from "score is 70 or more" to "score is 60 or more"',
                'The scoring model is agreed with these definitions (2 rules)',
                'Scoring: points of "Decision maker" 10 → 25',
                'Scoring: MQL threshold preview 70 → 60',
            ]),
        );
        expect($(element, '[data-id="state"]').dataset.state).toBe('draft');
        await expect(element).toBeAccessible();
    });
});
