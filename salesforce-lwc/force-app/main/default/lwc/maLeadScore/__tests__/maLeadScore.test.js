import { graphql, byOperation, mockRefresh } from 'lightning/graphql';
import { getRecord, updateRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { newDefinitionSet, submitForReview, signDefinitionSet } from 'c/maSignOff';
import { LEAD_ID, flush, clockAt, mount, cleanup, shown, clone } from './leadTestUtils';

const LEAD = require('./data/lead.json');
const CONTEXT = require('./data/context.json');

const NOW = '2026-11-27T09:00:00.000Z';
const $ = (element, selector) => element.shadowRoot.querySelector(selector);

function agreedSet() {
    const value = (r) => {
        if (!r.ok) throw new Error(JSON.stringify(r.issues));
        return r.value;
    };
    let set = value(newDefinitionSet('inbound-smb', { id: 'p1', by: 'admin', at: '2026-10-01T00:00:00Z' }));
    set = value(submitForReview(set, { by: 'admin', at: '2026-10-01T00:00:00Z' }));
    for (const role of ['marketing', 'insideSales', 'sales']) {
        set = value(signDefinitionSet(set, { role, by: role, at: '2026-10-02T00:00:00Z', version: 1 }));
    }
    return set;
}

function contextWithDefinitions() {
    const data = clone(CONTEXT);
    data.uiapi.query.MA_Program__c.edges[0].node.Current_Definition_Set__r = {
        Id: 'a03000000000001AAA',
        Version__c: { value: 1 },
        Definitions__c: { value: JSON.stringify(agreedSet()) },
    };
    return data;
}

async function render(lead = LEAD, context = CONTEXT) {
    const element = mount();
    getRecord.emit(lead);
    await flush();
    graphql.emit(context);
    await flush();
    return element;
}

describe('c-ma-lead-score', () => {
    beforeEach(() => clockAt(NOW));
    afterEach(cleanup);

    it('shows a spinner while the record loads, and reads the mapped fields', async () => {
        const element = mount();
        await flush();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        getRecord.emit(LEAD);
        await flush();
        // The program, the Tasks and the CampaignMembers are three queries; the score waits for all three.
        graphql.emit(CONTEXT, byOperation('maLeadContext'));
        await flush();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        graphql.emit(CONTEXT);
        await flush();
        expect(getRecord.getLastConfig().optionalFields).toEqual(
            expect.arrayContaining(['Lead.NumberOfEmployees', 'Lead.Industry', 'Lead.Title', 'Lead.LeadSource'])
        );
        expect(getRecord.getLastConfig().fields).toEqual(expect.arrayContaining(['Lead.MA_MQL_At__c', 'Lead.LastModifiedDate']));
        await expect(element).toBeAccessible();
    });

    it('on a Contact reads the Contact fields', async () => {
        const element = mount('Contact');
        await flush();
        expect(getRecord.getLastConfig().fields).toEqual(expect.arrayContaining(['Contact.MA_Program__c', 'Contact.MA_SAL_At__c']));
        getRecord.emit({ ...LEAD, apiName: 'Contact' });
        await flush();
        graphql.emit(CONTEXT);
        await flush();
        expect(getRecord.getLastConfig().optionalFields).toEqual(expect.arrayContaining(['Contact.Title', 'Contact.LeadSource']));
        expect(shown(element, 'total')).toBe('85');
        await expect(element).toBeAccessible();
    });

    it('shows the error panel when the record cannot be read', async () => {
        const element = mount();
        getRecord.error([{ message: 'Insufficient access to MA_MQL_At__c' }]);
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the error panel when the program cannot be read', async () => {
        const element = mount();
        getRecord.emit(LEAD);
        await flush();
        graphql.emitErrors([{ message: 'MA_Program__c is not supported' }], byOperation('maLeadContext'));
        await flush();
        expect($(element, 'c-error-panel')).not.toBeNull();
        expect($(element, 'lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('scores without the campaign members a user may not read, and says so instead of failing', async () => {
        const element = mount();
        getRecord.emit(LEAD);
        await flush();
        graphql.emit(CONTEXT, byOperation('maLeadContext'));
        graphql.emit(CONTEXT, byOperation('maLeadTasks'));
        graphql.emitErrors([{ message: "Validation error of type FieldUndefined: Field 'CampaignMember' in type 'RecordQuery' is undefined" }], byOperation('maLeadCampaignMembers'));
        await flush();
        expect($(element, 'c-error-panel')).toBeNull();
        // The webinar (5) is a campaign response: left out; the pricing view (10) and the form (25) remain.
        expect(shown(element, 'engagement')).toBe('35');
        expect(shown(element, 'fit')).toBe('45');
        expect(shown(element, 'engagement-notes')).toBe('You may not read campaign members, so the engagement score leaves campaign responses out.');
        await expect(element).toBeAccessible();
    });

    it('scores without the Tasks a user may not read, and says so', async () => {
        const element = mount();
        getRecord.emit(LEAD);
        await flush();
        graphql.emit(CONTEXT, byOperation('maLeadContext'));
        graphql.emitErrors([{ message: "Field 'Task' in type 'RecordQuery' is undefined" }], byOperation('maLeadTasks'));
        graphql.emit(CONTEXT, byOperation('maLeadCampaignMembers'));
        await flush();
        expect(shown(element, 'engagement')).toBe('5');
        expect(element.shadowRoot.querySelector('[data-note="tasks"]')).not.toBeNull();
        expect(element.shadowRoot.querySelector('[data-note="members"]')).toBeNull();
    });

    it('says so when the record has no MA program', async () => {
        const lead = clone(LEAD);
        lead.fields.MA_Program__c.value = null;
        const element = mount();
        getRecord.emit(lead);
        await flush();
        expect($(element, '[data-id="no-program"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('explains the score from the mapped fields, the Tasks and the CampaignMembers', async () => {
        const element = await render();
        expect(shown(element, 'fit')).toBe('45');
        // Pricing view (10) and form (25) today, webinar (5) today; the Call task is no event.
        expect(shown(element, 'engagement')).toBe('40');
        expect(shown(element, 'total')).toBe('85');
        expect(shown(element, 'grade')).toBe('A');
        expect($(element, '[data-id="mql"]').dataset.value).toBe('true');
        const rules = [...element.shadowRoot.querySelectorAll('[data-id="contributions"] tbody th')].map((th) => th.textContent);
        expect(rules).toEqual(expect.arrayContaining(['1,000 employees or more', 'manufacturing', 'pricing-page', 'form-submit', 'webinar']));
        // The stored score matches: nothing to save.
        expect($(element, '[data-id="save-score"]')).toBeNull();
        expect($(element, '[data-id="no-definitions"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the stage under the agreed definitions and the handoff clock', async () => {
        const element = await render(LEAD, contextWithDefinitions());
        expect($(element, '[data-id="stage"]').dataset.stage).toBe('mql');
        expect($(element, '[data-id="handoff-status"]').dataset.status).toMatch(/on-time|at-risk/);
        expect(shown(element, 'handoff-clock')).toBe('30 min left');
        expect(shown(element, 'handoff-next')).not.toBe('');
        await expect(element).toBeAccessible();
    });

    it('counts an untouched MQL past its SLA as breached and overdue', async () => {
        const lead = clone(LEAD);
        lead.fields.MA_MQL_At__c.value = '2026-11-27T06:00:00.000Z';
        const element = await render(lead);
        expect($(element, '[data-id="handoff-status"]').dataset.status).toBe('breached');
        expect(shown(element, 'handoff-clock')).toBe('2 h 00 min overdue');
        await expect(element).toBeAccessible();
    });

    it('accepts the lead as SAL with ifUnmodifiedSince', async () => {
        const element = await render();
        $(element, '[data-id="accept"]').click();
        await flush();
        expect(updateRecord).toHaveBeenCalledWith(
            { fields: { Id: LEAD_ID, MA_SAL_At__c: NOW } },
            { ifUnmodifiedSince: '2026-11-27T08:31:00.000Z' }
        );
        await expect(element).toBeAccessible();
    });

    it('rejects only with a reason, and recycles', async () => {
        const element = await render(LEAD, contextWithDefinitions());
        expect($(element, '[data-id="reject"]').disabled).toBe(true);
        const reasons = $(element, '[data-id="reason"]').options.map((o) => o.value);
        expect(reasons).toEqual(agreedSet().stages.sal.rejectReasons);
        $(element, '[data-id="reason"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'duplicate' } }));
        await flush();
        $(element, '[data-id="reject"]').click();
        await flush();
        expect(updateRecord).toHaveBeenLastCalledWith(
            { fields: { Id: LEAD_ID, MA_SAL_Rejected_At__c: NOW, MA_Reject_Reason__c: 'duplicate' } },
            { ifUnmodifiedSince: '2026-11-27T08:31:00.000Z' }
        );
        $(element, '[data-id="recycle"]').click();
        await flush();
        expect(updateRecord).toHaveBeenLastCalledWith(
            { fields: { Id: LEAD_ID, MA_Recycled_At__c: NOW } },
            { ifUnmodifiedSince: '2026-11-27T08:31:00.000Z' }
        );
    });

    it('on a stale write says so and keeps the chosen reason', async () => {
        updateRecord.mockRejectedValueOnce({ status: 412, body: { errorCode: 'PRECONDITION_FAILED', message: 'modified' } });
        const element = await render();
        $(element, '[data-id="reason"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'no-need' } }));
        await flush();
        $(element, '[data-id="reject"]').click();
        await flush();
        const panel = $(element, 'c-error-panel');
        expect(panel.shadowRoot.querySelector('[data-id="error-headline"]').textContent).toMatch(/changed this record since you opened it/);
        expect($(element, '[data-id="reason"]').value).toBe('no-need');
        await expect(element).toBeAccessible();

        // Reload reads the record again (not only the queries), so acting again can succeed.
        panel.dispatchEvent(new CustomEvent('reload'));
        await flush();
        expect(notifyRecordUpdateAvailable).toHaveBeenCalledWith([{ recordId: LEAD_ID }]);
        expect(mockRefresh).toHaveBeenCalledTimes(3);
        expect($(element, 'c-error-panel')).toBeNull();
    });

    it('offers to write the score back when the stored one differs', async () => {
        const lead = clone(LEAD);
        lead.fields.MA_Score__c.value = 40;
        const element = await render(lead);
        $(element, '[data-id="save-score"]').click();
        await flush();
        expect(updateRecord).toHaveBeenCalledWith(
            { fields: { Id: LEAD_ID, MA_Score__c: 85, MA_Grade__c: 'A' } },
            { ifUnmodifiedSince: '2026-11-27T08:31:00.000Z' }
        );
    });

    it('reports a malformed field mapping by field', async () => {
        const context = clone(CONTEXT);
        context.uiapi.query.MA_Program__c.edges[0].node.Field_Mapping__c.value = '{"employees": 12}';
        const element = await render(LEAD, context);
        const panel = $(element, 'c-error-panel');
        expect(panel).not.toBeNull();
        expect(panel.errors[0].path).toBe('Field_Mapping__c.employees');
    });
});
