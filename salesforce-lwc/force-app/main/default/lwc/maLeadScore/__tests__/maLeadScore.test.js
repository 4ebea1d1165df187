import { graphql, byOperation, mockRefresh } from 'lightning/graphql';
import { getRecord, updateRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { newDefinitionSet, submitForReview, signDefinitionSet } from 'c/maSignOff';
import { LEAD_ID, flush, clockAt, mount, cleanup, shown, clone } from './leadTestUtils';

const LEAD = require('./data/lead.json');
const CONTEXT = require('./data/context.json');

const NOW = '2026-11-27T09:00:00.000Z';
const STALE_SAFE = { ifUnmodifiedSince: '2026-11-27T08:31:00.000Z' };
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

function contextWithDefinitions(set = agreedSet()) {
    const data = clone(CONTEXT);
    data.uiapi.query.MA_Program__c.edges[0].node.Current_Definition_Set__r = {
        Id: 'a03000000000001AAA',
        Version__c: { value: set.version },
        Definitions__c: { value: JSON.stringify(set) },
    };
    return data;
}

function leadWith(values) {
    const lead = clone(LEAD);
    Object.entries(values).forEach(([field, value]) => {
        lead.fields[field] = { value };
    });
    return lead;
}

async function render(lead = LEAD, context = contextWithDefinitions()) {
    const element = mount();
    getRecord.emit(lead);
    await flush();
    graphql.emit(context);
    await flush();
    return element;
}

const button = (element, action) => $(element, `[data-action="${action}"]`);

async function act(element, action) {
    button(element, action).click();
    await flush();
}

describe('c-ma-lead-score', () => {
    beforeEach(() => clockAt(NOW));
    afterEach(cleanup);

    it('shows a spinner while the record loads, and reads the facts, the stored answers and the mapped fields', async () => {
        const element = mount();
        await flush();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        getRecord.emit(LEAD);
        await flush();
        // The program, the Tasks and the CampaignMembers are three queries; the page waits for all three.
        graphql.emit(CONTEXT, byOperation('maLeadContext'));
        await flush();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        graphql.emit(CONTEXT);
        await flush();
        expect(getRecord.getLastConfig().optionalFields).toEqual(
            expect.arrayContaining(['Lead.NumberOfEmployees', 'Lead.Industry', 'Lead.Title', 'Lead.LeadSource'])
        );
        expect(getRecord.getLastConfig().fields).toEqual(
            expect.arrayContaining(['Lead.MA_MQL_At__c', 'Lead.MA_Escalation_Step__c', 'Lead.MA_Stage__c', 'Lead.MA_Evaluated_At__c', 'Lead.LastModifiedDate'])
        );
        await expect(element).toBeAccessible();
    });

    it('on a Contact reads the Contact fields', async () => {
        const element = mount('Contact');
        await flush();
        expect(getRecord.getLastConfig().fields).toEqual(expect.arrayContaining(['Contact.MA_Program__c', 'Contact.MA_SAL_At__c']));
        getRecord.emit({ ...LEAD, apiName: 'Contact' });
        await flush();
        graphql.emit(contextWithDefinitions());
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

    it('says so when the record has no MA program', async () => {
        const element = mount();
        getRecord.emit(leadWith({ MA_Program__c: null }));
        await flush();
        expect($(element, '[data-id="no-program"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the figures the org stored and when, in the core’s names and formats, with no way to write a score', async () => {
        const element = await render(leadWith({ MA_Score__c: 84.6666, MA_Engagement__c: 39.6666 }));
        expect($(element, '[data-id="stored"] dl').textContent).toContain('Fit');
        expect(shown(element, 'total')).toBe('84.67');
        expect(shown(element, 'grade')).toBe('A');
        expect(shown(element, 'fit')).toBe('45');
        expect(shown(element, 'engagement')).toBe('39.67');
        expect(shown(element, 'stored-stage')).toBe('MQL');
        expect(shown(element, 'stored-handoff')).toBe('On time');
        expect(shown(element, 'mql-at')).toMatch(/2026/);
        expect(shown(element, 'evaluated-at')).toMatch(/^Computed .*2026/);
        expect($(element, '[data-id="save-score"]')).toBeNull();
        expect(element.shadowRoot.querySelectorAll('lightning-button').length).toBe(3);
        await expect(element).toBeAccessible();
    });

    it('says when the org has not computed the record yet', async () => {
        const element = await render(leadWith({ MA_Score__c: null, MA_Grade__c: null, MA_Fit__c: null, MA_Engagement__c: null, MA_Stage__c: null, MA_Evaluated_At__c: null }));
        expect(shown(element, 'not-evaluated')).toMatch(/Not yet computed/);
        expect(shown(element, 'total')).toBe('—');
        expect(shown(element, 'stored-stage')).toBe('—');
        await expect(element).toBeAccessible();
    });

    it('explains the score with the rules behind it, from the engine, for display only', async () => {
        const element = await render();
        const rules = [...element.shadowRoot.querySelectorAll('[data-id="contributions"] tbody th')].map((th) => th.textContent);
        // Pricing view (10) and form (25) today, webinar (5) today; the Call task is no event.
        expect(rules).toEqual(expect.arrayContaining(['1,000 employees or more', 'manufacturing', 'pricing-page', 'form-submit', 'webinar']));
        // The stored 85 is what the rules give now: nothing has moved.
        expect($(element, '[data-id="score-moved"]')).toBeNull();
        expect(updateRecord).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('says the score has moved since the org stored it, and writes nothing', async () => {
        const element = await render(leadWith({ MA_Score__c: 40 }));
        expect(shown(element, 'total')).toBe('40');
        expect(shown(element, 'score-moved')).toBe('Computed again with the rules now, the score is 85. The stored figures change at the org\'s next run.');
        expect(updateRecord).not.toHaveBeenCalled();
    });

    it('explains without the campaign members a user may not read, and says so instead of failing', async () => {
        const element = mount();
        getRecord.emit(leadWith({ MA_Score__c: 40 }));
        await flush();
        graphql.emit(contextWithDefinitions(), byOperation('maLeadContext'));
        graphql.emit(CONTEXT, byOperation('maLeadTasks'));
        graphql.emitErrors([{ message: "Validation error of type FieldUndefined: Field 'CampaignMember' in type 'RecordQuery' is undefined" }], byOperation('maLeadCampaignMembers'));
        await flush();
        expect($(element, 'c-error-panel')).toBeNull();
        const rules = [...element.shadowRoot.querySelectorAll('[data-id="contributions"] tbody th')].map((th) => th.textContent);
        expect(rules).not.toContain('webinar');
        expect(shown(element, 'engagement-notes')).toBe('You may not read campaign members, so the breakdown below leaves campaign responses out (the stored score counts them).');
        // What the page cannot see is no sign that the stored score moved.
        expect($(element, '[data-id="score-moved"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says so for the Tasks a user may not read', async () => {
        const element = mount();
        getRecord.emit(LEAD);
        await flush();
        graphql.emit(contextWithDefinitions(), byOperation('maLeadContext'));
        graphql.emitErrors([{ message: "Field 'Task' in type 'RecordQuery' is undefined" }], byOperation('maLeadTasks'));
        graphql.emit(CONTEXT, byOperation('maLeadCampaignMembers'));
        await flush();
        expect(element.shadowRoot.querySelector('[data-note="tasks"]')).not.toBeNull();
        expect(element.shadowRoot.querySelector('[data-note="members"]')).toBeNull();
    });

    it('without an agreed set in force: the stored figures, no explanation, no stage and no actions', async () => {
        const element = await render(LEAD, CONTEXT);
        expect(shown(element, 'total')).toBe('85');
        expect(shown(element, 'no-evaluation')).toBe('No definition set is in force, so the org does not evaluate this record.');
        expect($(element, '[data-id="no-definitions"]')).not.toBeNull();
        expect($(element, '[data-id="handoff-actions"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the stage under the agreed definitions and the handoff clock, on the stored facts', async () => {
        const element = await render();
        expect($(element, '[data-id="stage"]').dataset.stage).toBe('mql');
        expect($(element, '[data-id="handoff-status"]').dataset.status).toBe('at-risk');
        expect(shown(element, 'handoff-clock')).toBe('30 min left');
        expect(shown(element, 'handoff-next')).toBe('Remind the rep (30 minutes left).');
        await expect(element).toBeAccessible();
    });

    it('counts an untouched MQL past its SLA as breached and overdue', async () => {
        const element = await render(leadWith({ MA_MQL_At__c: '2026-11-27T06:00:00.000Z' }));
        expect($(element, '[data-id="handoff-status"]').dataset.status).toBe('breached');
        expect(shown(element, 'handoff-clock')).toBe('2 h 00 min overdue');
        await expect(element).toBeAccessible();
    });

    it('accepts an untouched MQL as SAL: the acceptance and the first touch, as the core answers them, with ifUnmodifiedSince', async () => {
        const element = await render();
        expect(shown(element, 'counts-as-first-touch')).toBe('Accepting or rejecting counts as the first touch.');
        await act(element, 'accept');
        expect(updateRecord).toHaveBeenCalledWith({ fields: { Id: LEAD_ID, MA_SAL_At__c: NOW, MA_First_Touch_At__c: NOW } }, STALE_SAFE);
        await expect(element).toBeAccessible();
    });

    it('after a first touch, accepting writes the acceptance only', async () => {
        const element = await render(leadWith({ MA_First_Touch_At__c: '2026-11-27T08:50:00.000Z' }));
        expect($(element, '[data-id="counts-as-first-touch"]')).toBeNull();
        await act(element, 'accept');
        expect(updateRecord).toHaveBeenCalledWith({ fields: { Id: LEAD_ID, MA_SAL_At__c: NOW } }, STALE_SAFE);
    });

    it('rejects only with one of the agreed set’s reasons, and recycles', async () => {
        const element = await render();
        expect(button(element, 'reject').disabled).toBe(true);
        const combobox = $(element, '[data-id="reason"]');
        expect(combobox.placeholder).toBe('Select a reject reason');
        expect(combobox.options.map((o) => o.value)).toEqual(agreedSet().stages.sal.rejectReasons);
        combobox.dispatchEvent(new CustomEvent('change', { detail: { value: 'duplicate' } }));
        await flush();
        expect(button(element, 'reject').disabled).toBe(false);
        await act(element, 'reject');
        expect(updateRecord).toHaveBeenLastCalledWith(
            { fields: { Id: LEAD_ID, MA_SAL_Rejected_At__c: NOW, MA_Reject_Reason__c: 'duplicate', MA_First_Touch_At__c: NOW } },
            STALE_SAFE
        );
        await act(element, 'recycle');
        expect(updateRecord).toHaveBeenLastCalledWith({ fields: { Id: LEAD_ID, MA_Recycled_At__c: NOW } }, STALE_SAFE);
    });

    it('disables what the core does not allow and says why: an accepted MQL can only be recycled', async () => {
        const element = await render(leadWith({ MA_SAL_At__c: '2026-11-27T08:45:00.000Z', MA_First_Touch_At__c: '2026-11-27T08:45:00.000Z' }));
        expect([button(element, 'accept').disabled, button(element, 'reject').disabled, button(element, 'recycle').disabled]).toEqual([true, true, false]);
        expect($(element, '[data-id="reason"]')).toBeNull();
        expect(shown(element, 'handoff-why')).toBe('This MQL has already been accepted.');
        await expect(element).toBeAccessible();
    });

    it('a lead that is no MQL offers nothing, with the core’s reason', async () => {
        const element = await render(leadWith({ MA_MQL_At__c: null, MA_Assigned_At__c: null }));
        expect([button(element, 'accept').disabled, button(element, 'reject').disabled, button(element, 'recycle').disabled]).toEqual([true, true, true]);
        expect(shown(element, 'handoff-why')).toBe('This lead is not an MQL.');
    });

    it('on a stale write says so and keeps the chosen reason', async () => {
        updateRecord.mockRejectedValueOnce({ status: 412, body: { errorCode: 'PRECONDITION_FAILED', message: 'modified' } });
        const element = await render();
        $(element, '[data-id="reason"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'no-need' } }));
        await flush();
        await act(element, 'reject');
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

    it('reports a malformed field mapping by field', async () => {
        const context = contextWithDefinitions();
        context.uiapi.query.MA_Program__c.edges[0].node.Field_Mapping__c.value = '{"employees": 12}';
        const element = await render(LEAD, context);
        const panel = $(element, 'c-error-panel');
        expect(panel).not.toBeNull();
        expect(panel.errors[0].path).toBe('Field_Mapping__c.employees');
    });

    it('reports a stored fact the core refuses by its name, and offers no action on it', async () => {
        const element = await render(leadWith({ MA_Grade__c: 'E' }));
        const paths = [...element.shadowRoot.querySelectorAll('c-error-panel')].flatMap((panel) => (Array.isArray(panel.errors) ? panel.errors.map((e) => e.path) : []));
        expect(paths).toEqual(expect.arrayContaining(['facts.grade']));
        expect($(element, '[data-id="handoff-actions"]')).toBeNull();
    });
});
