import { graphql, mockRefresh } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { PROGRAM_ID, flush, mount, $, $$, withTasks } from './planTestUtils';

const PLAN = require('./data/plan.json');
const NO_DIAGNOSIS = require('./data/noDiagnosis.json');

async function previewAndCreate(element) {
    $(element, '[data-id="preview-button"]').click();
    await flush();
    $(element, '[data-id="create"]').click();
    await flush();
}

describe('c-ma-plan', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('shows a spinner while loading', async () => {
        const element = mount();
        await flush();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('asks for a diagnosis first when there is none', async () => {
        const element = mount();
        graphql.emit(NO_DIAGNOSIS);
        await flush();
        expect($(element, '[data-id="no-diagnosis"]')).not.toBeNull();
        expect($(element, '[data-id="preview-button"]').disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('shows the error panel when the query fails', async () => {
        const element = mount();
        graphql.emitErrors([{ message: 'MA_Task__c is not supported' }]);
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('previews the plan tasks before creating anything, and cancelling creates nothing', async () => {
        const element = mount();
        graphql.emit(PLAN);
        await flush();
        expect($(element, '[data-id="no-tasks"]')).not.toBeNull();
        $(element, '[data-id="preview-button"]').click();
        await flush();
        const rows = $$(element, '[data-id="preview"] tbody tr');
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.every((tr) => tr.querySelector('td').textContent === '2->3')).toBe(true);
        expect($(element, '[data-id="create"]').label).toBe(`Create ${rows.length} tasks`);
        $(element, '[data-id="cancel"]').click();
        await flush();
        expect($(element, '[data-id="preview"]')).toBeNull();
        expect(createRecord).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('creates one MA_Task__c per plan task, and generating again creates nothing new', async () => {
        createRecord.mockResolvedValue({ id: 'a02000000000999AAA' });
        const element = mount();
        graphql.emit(PLAN);
        await flush();
        await previewAndCreate(element);
        const created = createRecord.mock.calls.map((call) => call[0]);
        expect(created.length).toBeGreaterThan(0);
        created.forEach((input) => {
            expect(input.apiName).toBe('MA_Task__c');
            expect(input.fields).toEqual(
                expect.objectContaining({ Program__c: PROGRAM_ID, Diagnosis__c: 'a01000000000002AAA', Status__c: 'Not_Started', Transition__c: '2->3' })
            );
            expect(input.fields.Task_Key__c).toMatch(/\S/);
            expect(input.fields.Due_Date__c).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        });
        const keys = created.map((input) => input.fields.Task_Key__c);
        expect(new Set(keys).size).toBe(keys.length);
        expect(mockRefresh).toHaveBeenCalled();

        // The org now holds those tasks: a second generation finds nothing to add.
        createRecord.mockClear();
        graphql.emit(withTasks(created.map((input) => input.fields)));
        await flush();
        expect($$(element, 'tr[data-task-key]').length).toBe(keys.length);
        $(element, '[data-id="preview-button"]').click();
        await flush();
        expect($(element, '[data-id="nothing-new"]')).not.toBeNull();
        expect($(element, '[data-id="create"]').disabled).toBe(true);
        expect(createRecord).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('creates only the missing tasks after a partial failure', async () => {
        createRecord.mockResolvedValueOnce({ id: 'x' }).mockRejectedValueOnce({ body: { message: 'Storage limit exceeded' } });
        const element = mount();
        graphql.emit(PLAN);
        await flush();
        await previewAndCreate(element);
        expect($(element, 'c-error-panel')).not.toBeNull();
        const first = createRecord.mock.calls[0][0].fields;
        const total = $$(element, '[data-id="preview"] tbody tr').length;
        createRecord.mockReset();
        createRecord.mockResolvedValue({ id: 'y' });
        graphql.emit(withTasks([first]));
        await flush();
        $(element, '[data-id="create"]').click();
        await flush();
        const keys = createRecord.mock.calls.map((call) => call[0].fields.Task_Key__c);
        expect(keys).toHaveLength(total - 1);
        expect(keys).not.toContain(first.Task_Key__c);
    });

    it('plans up to the program\'s target level when it is above the next level', async () => {
        const data = JSON.parse(JSON.stringify(PLAN));
        data.uiapi.query.MA_Program__c = { edges: [{ node: { Id: PROGRAM_ID, Target_Level__c: { value: 4 } } }] };
        const element = mount();
        graphql.emit(data);
        await flush();
        $(element, '[data-id="preview-button"]').click();
        await flush();
        const transitions = new Set($$(element, '[data-id="preview"] tbody tr').map((tr) => tr.querySelector('td').textContent));
        expect([...transitions].sort()).toEqual(['2->3', '3->4']);
        expect($(element, '[data-id="progress"]').textContent).toContain('when the plan is done: 4');
    });

    it('passes a target the core refuses as it is, and shows the core\'s refusal naming it', async () => {
        const data = JSON.parse(JSON.stringify(PLAN));
        data.uiapi.query.MA_Program__c = { edges: [{ node: { Id: PROGRAM_ID, Target_Level__c: { value: 7 } } }] };
        const element = mount();
        graphql.emit(data);
        await flush();
        const panel = $(element, 'c-error-panel');
        expect(panel).not.toBeNull();
        expect(panel.errors.map((e) => e.path)).toEqual(['toLevel']);
        expect($(element, '[data-id="preview-button"]').disabled).toBe(true);
    });

    it('updates a status with ifUnmodifiedSince and shows progress', async () => {
        const element = mount();
        graphql.emit(PLAN);
        await flush();
        $(element, '[data-id="preview-button"]').click();
        await flush();
        await previewAndCreate(element);
        const fields = createRecord.mock.calls.map((call) => call[0].fields);
        graphql.emit(withTasks(fields.map((f, i) => (i === 0 ? { ...f, Status__c: 'Done' } : f))));
        await flush();
        expect($(element, '[data-id="progress"]').textContent).toContain(`1 of ${fields.length} tasks done`);
        expect($(element, '[data-id="progress-percent"]').textContent).toBe(`${Math.round(100 / fields.length)}%`);

        const status = $$(element, 'lightning-combobox[data-task-id]').find((c) => c.value === 'Not_Started');
        status.dispatchEvent(new CustomEvent('change', { detail: { value: 'In_Progress' } }));
        await flush();
        expect(updateRecord).toHaveBeenCalledWith(
            { fields: { Id: status.dataset.taskId, Status__c: 'In_Progress' } },
            { ifUnmodifiedSince: '2026-11-02T10:00:00.000Z' }
        );
        await expect(element).toBeAccessible();
    });

    it('on a stale write says so, keeps the chosen status and applies it again after a reload', async () => {
        const element = mount();
        graphql.emit(PLAN);
        await flush();
        await previewAndCreate(element);
        const fields = createRecord.mock.calls.map((call) => call[0].fields);
        graphql.emit(withTasks(fields));
        await flush();
        updateRecord.mockRejectedValueOnce({ status: 412, body: [{ errorCode: 'PRECONDITION_FAILED', message: 'The record was modified' }] });
        const status = $$(element, 'lightning-combobox[data-task-id]')[0];
        const taskId = status.dataset.taskId;
        status.dispatchEvent(new CustomEvent('change', { detail: { value: 'Done' } }));
        await flush();
        const panel = $(element, 'c-error-panel');
        expect(panel).not.toBeNull();
        expect(panel.shadowRoot.querySelector('[data-id="error-headline"]').textContent).toMatch(/changed this record since you opened it/);
        expect($$(element, 'lightning-combobox[data-task-id]').find((c) => c.dataset.taskId === taskId).value).toBe('Done');

        // Reload: the newer record arrives; the user's choice is still there and is saved against the new version.
        panel.dispatchEvent(new CustomEvent('reload'));
        const newer = withTasks(fields);
        newer.uiapi.query.MA_Task__c.edges.find((e) => e.node.Id === taskId).node.LastModifiedDate.value = '2026-11-03T08:00:00.000Z';
        graphql.emit(newer);
        await flush();
        expect($$(element, 'lightning-combobox[data-task-id]').find((c) => c.dataset.taskId === taskId).value).toBe('Done');
        updateRecord.mockResolvedValueOnce({});
        $(element, '[data-id="apply-pending"]').click();
        await flush();
        expect(updateRecord).toHaveBeenLastCalledWith(
            { fields: { Id: taskId, Status__c: 'Done' } },
            { ifUnmodifiedSince: '2026-11-03T08:00:00.000Z' }
        );
        await expect(element).toBeAccessible();
    });
});
