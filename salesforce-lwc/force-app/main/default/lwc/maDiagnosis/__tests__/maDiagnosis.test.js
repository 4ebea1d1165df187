import { graphql, mockRefresh, byOperation } from 'lightning/graphql';
import { createRecord } from 'lightning/uiRecordApi';
import { itemLabel } from 'c/maMethod';
import { PROGRAM_ID, flush, mount, cleanup, shown, checkbox, answer, answerAll } from './diagnosisTestUtils';

const DIAGNOSES = require('./data/diagnoses.json');
const EMPTY = require('./data/emptyDiagnoses.json');

describe('c-ma-diagnosis', () => {
    afterEach(() => {
        cleanup();
        jest.clearAllMocks();
    });

    it('shows a spinner while the diagnoses load', async () => {
        const element = mount();
        await flush();
        expect(element.shadowRoot.querySelector('lightning-spinner')).not.toBeNull();
        expect(graphql.getLastConfig().variables).toEqual({ programId: PROGRAM_ID });
        await expect(element).toBeAccessible();
    });

    it('renders the latest saved diagnosis with its level path, gaps, patterns and trend', async () => {
        const element = mount();
        graphql.emit(DIAGNOSES);
        await flush();
        expect(element.shadowRoot.querySelector('lightning-spinner')).toBeNull();
        expect(shown(element, 'level')).toBe('2');
        expect(shown(element, 'checked-count')).toBe('5');
        expect(shown(element, 'next-level')).toBe('3');
        expect(shown(element, 'checks-to-next-level')).toBe('2');
        expect(element.shadowRoot.querySelector('lightning-progress-indicator').currentStep).toBe('2');
        const gaps = [...element.shadowRoot.querySelectorAll('[data-id="gaps"] li')].map((li) => li.dataset.item);
        expect(gaps).toEqual(['6', '7', '8', '9', '10', '11', '12', '13', '14', '15']);
        const patterns = [...element.shadowRoot.querySelectorAll('[data-id="failure-patterns"] > li')].map((li) => li.dataset.patternId);
        expect(patterns).toContain('scoring-unused');
        // Each pattern shows its evidence in words: here, item 6 (leads prioritised by score) unchecked.
        const scoringUnused = element.shadowRoot.querySelector('[data-pattern-id="scoring-unused"]').textContent;
        expect(scoringUnused).toContain(`"${itemLabel('en', 6)}": not checked`);
        // Two diagnoses: the trend is drawn and offered as a table too.
        expect(element.shadowRoot.querySelector('[data-id="trend-chart"]')).not.toBeNull();
        expect(element.shadowRoot.querySelectorAll('[data-id="trend-table"] tbody tr')).toHaveLength(2);
        expect(checkbox(element, 5).checked).toBe(true);
        expect(checkbox(element, 6).checked).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('offers a blank checklist when nothing was saved yet, and computes as the user answers', async () => {
        const element = mount();
        graphql.emit(EMPTY);
        await flush();
        expect(shown(element, 'empty')).toMatch(/No diagnosis yet/);
        expect(shown(element, 'level')).toBeNull();
        answerAll(element, { 1: true, 2: true, 3: true, 4: true });
        await flush();
        expect(shown(element, 'level')).toBe('2');
        expect(shown(element, 'status')).toMatch(/unsaved/);
        expect(element.shadowRoot.querySelector('[data-id="results"]').getAttribute('aria-live')).toBe('polite');
        await expect(element).toBeAccessible();
    });

    it('shows the error panel when the query fails', async () => {
        const element = mount();
        graphql.emitErrors([{ message: 'Field Answers__c is not accessible' }]);
        await flush();
        expect(element.shadowRoot.querySelector('c-error-panel')).not.toBeNull();
        expect(element.shadowRoot.querySelector('lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('saves a diagnosis record with its figures and reloads the list', async () => {
        createRecord.mockResolvedValue({ id: 'a01000000000009AAA' });
        const element = mount();
        graphql.emit(DIAGNOSES);
        await flush();
        answer(element, 6, true);
        answer(element, 7, true);
        await flush();
        element.shadowRoot.querySelector('[data-id="save"]').click();
        await flush();
        expect(createRecord).toHaveBeenCalledTimes(1);
        const input = createRecord.mock.calls[0][0];
        expect(input.apiName).toBe('MA_Diagnosis__c');
        expect(input.fields).toEqual(
            expect.objectContaining({
                Program__c: PROGRAM_ID,
                Level__c: 3,
                Checked_Count__c: 7,
                Effective_Level__c: 3,
                Respondents__c: '',
                Taken_By__c: '005000000000000000',
            })
        );
        expect(JSON.parse(input.fields.Answers__c)['7']).toBe(true);
        expect(input.fields.Taken_At__c).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(mockRefresh).toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('keeps the answers when saving fails', async () => {
        createRecord.mockRejectedValue({ body: { message: 'Insufficient access to MA_Diagnosis__c' } });
        const element = mount();
        graphql.emit(DIAGNOSES);
        await flush();
        answer(element, 6, true);
        await flush();
        element.shadowRoot.querySelector('[data-id="save"]').click();
        await flush();
        expect(element.shadowRoot.querySelector('c-error-panel')).not.toBeNull();
        expect(checkbox(element, 6).checked).toBe(true);
        expect(shown(element, 'status')).toMatch(/unsaved/);
        // A reload from the server does not overwrite the unsaved answers.
        graphql.emit(DIAGNOSES);
        await flush();
        expect(checkbox(element, 6).checked).toBe(true);
    });

    it('compares the answers of several departments: level by role and alignment gap', async () => {
        createRecord.mockResolvedValue({ id: 'a01000000000009AAA' });
        const element = mount();
        graphql.emit(EMPTY);
        await flush();
        const role = element.shadowRoot.querySelector('[data-id="new-role"]');
        role.dispatchEvent(new CustomEvent('change', { detail: { value: 'insideSales' } }));
        await flush();
        // The blank sheet is marketing's; add inside sales beside it.
        answerAll(element, { 1: true, 2: true, 3: true, 4: true, 5: true, 6: true });
        element.shadowRoot.querySelector('[data-id="add-respondent"]').click();
        await flush();
        answerAll(element, { 1: true, 2: true });
        await flush();
        const rows = [...element.shadowRoot.querySelectorAll('[data-id="by-role"] tbody tr')].map((tr) => [
            tr.dataset.role,
            tr.querySelector('td').textContent,
        ]);
        expect(rows).toEqual([
            ['marketing', '2'],
            ['insideSales', '1'],
        ]);
        expect(shown(element, 'alignment')).toMatch(/level spread 1/);
        element.shadowRoot.querySelector('[data-id="save"]').click();
        await flush();
        const respondents = JSON.parse(createRecord.mock.calls[0][0].fields.Respondents__c);
        expect(respondents.map((r) => r.role)).toEqual(['marketing', 'insideSales']);
        await expect(element).toBeAccessible();
        // Removing the second respondent leaves marketing's answers alone.
        element.shadowRoot.querySelector('[data-id="remove-respondent"]').click();
        await flush();
        expect(element.shadowRoot.querySelector('[data-id="by-role"]')).toBeNull();
        expect(shown(element, 'level')).toBe('2');
    });

    it('on an app page lets the user pick the program and queries its diagnoses', async () => {
        const element = mount({});
        graphql.emit(
            {
                uiapi: {
                    query: {
                        MA_Program__c: { edges: [{ node: { Id: 'a00000000000002AAA', Name: { value: 'IT Consulting' } } }] },
                    },
                },
            },
            byOperation('maPrograms')
        );
        await flush();
        expect(graphql.getLastConfig().variables).toEqual({ programId: 'a00000000000002AAA' });
        graphql.emit(DIAGNOSES, byOperation('maDiagnoses'));
        await flush();
        expect(shown(element, 'level')).toBe('2');
        await expect(element).toBeAccessible();
    });
});
