import { createElement } from 'lwc';
import MaDefinitions from 'c/maDefinitions';
import { graphql, mockRefresh } from 'lightning/graphql';
import { getRecord, createRecord, updateRecord } from 'lightning/uiRecordApi';
import { newDefinitionSet, submitForReview, signDefinitionSet, editDefinitionSet, DEFINITION_TEMPLATES } from 'c/maSignOff';

const PROGRAM = require('./data/program.json');
const USER = require('./data/user.json');

const PROGRAM_ID = PROGRAM.Id;
const AT = '2026-11-01T09:00:00.000Z';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (element, selector) => element.shadowRoot.querySelector(selector);
const value = (result) => {
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.value;
};

// Sets built with the core's own state machine, as the org would store them.
const draftV1 = () => value(newDefinitionSet(DEFINITION_TEMPLATES[0].id, { id: PROGRAM_ID, by: 'admin', at: AT }));
const reviewV1 = () => value(submitForReview(draftV1(), { by: 'admin', at: AT }));
const signed = (set, roles) =>
    roles.reduce((s, role) => value(signDefinitionSet(s, { role, by: role, at: AT, version: s.version })), set);
const agreedV1 = () => signed(reviewV1(), ['marketing', 'insideSales', 'sales']);

function record(id, set, extra = {}) {
    return {
        Id: id,
        Name: { value: `v${set.version}` },
        Version__c: { value: set.version },
        State__c: { value: set.state },
        Definitions__c: { value: JSON.stringify(set) },
        Previous_Version__c: { value: extra.previousId || null },
        LastModifiedDate: { value: extra.lastModified || '2026-11-02T10:00:00.000Z' },
    };
}

function data(records, currentId = null) {
    const program = { ...PROGRAM, Current_Definition_Set__c: { value: currentId } };
    return {
        uiapi: {
            query: {
                MA_Program__c: { edges: [{ node: program }] },
                MA_Definition_Set__c: { edges: records.map((node) => ({ node })) },
            },
        },
    };
}

async function mount(answer) {
    const element = createElement('c-ma-definitions', { is: MaDefinitions });
    element.recordId = PROGRAM_ID;
    document.body.appendChild(element);
    getRecord.emit(USER);
    if (answer) graphql.emit(answer);
    await flush();
    return element;
}

function pickRole(element, role) {
    $(element, '[data-id="role"]').dispatchEvent(new CustomEvent('change', { detail: { value: role } }));
}

const signOffCalls = () => createRecord.mock.calls.filter((c) => c[0].apiName === 'MA_Sign_Off__c');

describe('c-ma-definitions', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

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

    it('lets an admin create the first draft from a template', async () => {
        const element = await mount(data([]));
        expect($(element, '[data-id="empty"]')).not.toBeNull();
        expect($(element, '[data-id="role"]').value).toBe('admin');
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
        const element = await mount(data([record('a03000000000001AAA', draftV1())]));
        expect($(element, '[data-id="state"]').dataset.state).toBe('draft');
        $(element, '[data-id="submit"]').click();
        await flush();
        const [input, options] = updateRecord.mock.calls[0];
        expect(input.fields).toEqual(expect.objectContaining({ Id: 'a03000000000001AAA', State__c: 'in_review' }));
        expect(JSON.parse(input.fields.Definitions__c).state).toBe('in_review');
        expect(options).toEqual({ ifUnmodifiedSince: '2026-11-02T10:00:00.000Z' });
        await expect(element).toBeAccessible();
    });

    it('records a signature: the set JSON with ifUnmodifiedSince, then a MA_Sign_Off__c row', async () => {
        const element = await mount(data([record('a03000000000001AAA', reviewV1())]));
        expect($(element, '[data-id="role"]').value).toBe('marketing');
        const comment = $(element, '[data-id="comment"]');
        comment.value = 'スコア70点で合意';
        comment.dispatchEvent(new CustomEvent('change'));
        $(element, '[data-id="sign"]').click();
        await flush();
        const [input, options] = updateRecord.mock.calls[0];
        expect(options).toEqual({ ifUnmodifiedSince: '2026-11-02T10:00:00.000Z' });
        expect(input.fields.State__c).toBe('in_review');
        const stored = JSON.parse(input.fields.Definitions__c);
        expect(stored.signatures).toEqual([
            expect.objectContaining({ role: 'marketing', by: '佐藤 花子', version: 1, comment: 'スコア70点で合意' }),
        ]);
        expect(signOffCalls()).toHaveLength(1);
        expect(signOffCalls()[0][0].fields).toEqual(
            expect.objectContaining({
                Definition_Set__c: 'a03000000000001AAA',
                Role__c: 'marketing',
                Signed_By__c: '005000000000000000',
                Version__c: 1,
                Comment__c: 'スコア70点で合意',
            })
        );
        expect(signOffCalls()[0][0].fields.Signed_At__c).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        await expect(element).toBeAccessible();
    });

    it('is agreed only after the third department signs; then v2 supersedes v1 and is put in force', async () => {
        const v1 = record('a03000000000001AAA', agreedV1());
        const tpl = DEFINITION_TEMPLATES[2];
        const v2Draft = value(editDefinitionSet(agreedV1(), { stages: tpl.stages, description: tpl.description }, { by: 'admin', at: AT }));
        let v2 = value(submitForReview(v2Draft, { by: 'admin', at: AT }));
        const element = await mount(data([record('a03000000000002AAA', v2, { previousId: v1.Id }), v1], v1.Id));
        expect($(element, '[data-id="diff"]')).not.toBeNull();

        const signAs = async (role) => {
            updateRecord.mockClear();
            expect($(element, '[data-id="role"]').value).toBe(role);
            $(element, '[data-id="sign"]').click();
            await flush();
            return JSON.parse(updateRecord.mock.calls[0][0].fields.Definitions__c);
        };
        for (const role of ['marketing', 'insideSales']) {
            v2 = await signAs(role);
            // Not agreed yet: the set stays in review and nothing else is written.
            expect(v2.state).toBe('in_review');
            expect(updateRecord.mock.calls[0][0].fields.State__c).toBe('in_review');
            expect(updateRecord).toHaveBeenCalledTimes(1);
            graphql.emit(data([record('a03000000000002AAA', v2, { previousId: v1.Id }), v1], v1.Id));
            await flush();
        }
        const agreed = await signAs('sales');
        expect(agreed.state).toBe('agreed');
        expect(updateRecord.mock.calls[0][0].fields.State__c).toBe('agreed');
        // Third signature: v1 superseded (with its own ifUnmodifiedSince), program points at v2.
        expect(updateRecord).toHaveBeenCalledTimes(3);
        const [supersede, supersedeOptions] = updateRecord.mock.calls[1];
        expect(supersede.fields).toEqual(expect.objectContaining({ Id: v1.Id, State__c: 'superseded' }));
        expect(supersedeOptions).toEqual({ ifUnmodifiedSince: '2026-11-02T10:00:00.000Z' });
        const [program, programOptions] = updateRecord.mock.calls[2];
        expect(program.fields).toEqual({ Id: PROGRAM_ID, Current_Definition_Set__c: 'a03000000000002AAA' });
        expect(programOptions).toEqual({ ifUnmodifiedSince: '2026-10-01T00:00:00.000Z' });
        expect(signOffCalls().map((c) => c[0].fields.Role__c)).toEqual(['marketing', 'insideSales', 'sales']);
        await expect(element).toBeAccessible();
    });

    it('finishes putting an agreed version in force when that step failed before', async () => {
        const v1 = record('a03000000000001AAA', agreedV1());
        const element = await mount(data([v1], null));
        expect($(element, '[data-id="in-force"]').textContent).toBe('No definition set is in force yet.');
        $(element, '[data-id="put-in-force"]').click();
        await flush();
        expect(updateRecord).toHaveBeenCalledTimes(1);
        expect(updateRecord).toHaveBeenCalledWith(
            { fields: { Id: PROGRAM_ID, Current_Definition_Set__c: v1.Id } },
            { ifUnmodifiedSince: '2026-10-01T00:00:00.000Z' }
        );
        await expect(element).toBeAccessible();
    });

    it('on a stale write says so, keeps the comment and records no sign-off', async () => {
        updateRecord.mockRejectedValueOnce({ status: 412, body: [{ errorCode: 'PRECONDITION_FAILED', message: 'Record modified' }] });
        const element = await mount(data([record('a03000000000001AAA', reviewV1())]));
        const comment = $(element, '[data-id="comment"]');
        comment.value = 'OK';
        comment.dispatchEvent(new CustomEvent('change'));
        $(element, '[data-id="sign"]').click();
        await flush();
        const panel = $(element, 'c-error-panel');
        expect(panel.shadowRoot.querySelector('[data-id="error-headline"]').textContent).toMatch(/changed this record since you opened it/);
        expect($(element, '[data-id="comment"]').value).toBe('OK');
        expect(signOffCalls()).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('tells a department that already signed, and lets an admin start v2 from an agreed set', async () => {
        const partly = signed(reviewV1(), ['marketing']);
        let element = await mount(data([record('a03000000000001AAA', partly)]));
        pickRole(element, 'marketing');
        await flush();
        expect($(element, '[data-id="already-signed"]')).not.toBeNull();
        expect($(element, '[data-id="sign"]')).toBeNull();
        expect($(element, '[data-id="sign-off-count"]').textContent).toBe('1 of 3 departments signed');
        document.body.removeChild(element);

        element = await mount(data([record('a03000000000001AAA', agreedV1())], 'a03000000000001AAA'));
        expect($(element, '[data-id="in-force"]').textContent).toBe('In force: version 1');
        $(element, '[data-id="template"]').dispatchEvent(new CustomEvent('change', { detail: { value: DEFINITION_TEMPLATES[2].id } }));
        await flush();
        $(element, '[data-id="draft-from-template"]').click();
        await flush();
        const input = createRecord.mock.calls[0][0];
        expect(input.fields).toEqual(
            expect.objectContaining({ Version__c: 2, State__c: 'draft', Previous_Version__c: 'a03000000000001AAA', Name: 'v2' })
        );
        expect(JSON.parse(input.fields.Definitions__c).previous.version).toBe(1);
        // The agreed v1 is left untouched until v2 is agreed.
        expect(updateRecord).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });
});
