// Signed in as a program admin (MA_Manage_Programs), in English.
import { graphql, byOperation } from 'lightning/graphql';
import { createRecord } from 'lightning/uiRecordApi';
import { editDefinitionSet } from 'c/maSignOff';
import {
    $,
    $$,
    AT,
    MODEL,
    SET_ID,
    PROGRAM_ID,
    agreedV1,
    answer,
    answerEngagement,
    clockAt,
    contextData,
    definitionsData,
    flush,
    generateOrg,
    load,
    mount,
    objectInfos,
    reset,
    setRecord,
    text,
} from './suggestionTestUtils';

jest.mock('@salesforce/customPermission/MA_Manage_Programs', () => ({ __esModule: true, default: true }), { virtual: true });

const ORG = generateOrg();
const rows = (element) =>
    Object.fromEntries($$(element, '[data-id="rules"] tbody tr[data-rule]').map((tr) => [tr.dataset.rule, { from: Number(tr.querySelector('[data-id="from"]').textContent), to: Number(tr.querySelector('[data-id="to"]').textContent), why: tr.lastElementChild.textContent, kept: tr.dataset.kept }]));
const backtest = (element) =>
    Object.fromEntries($$(element, '[data-id="backtest"] tbody tr').map((tr) => [tr.dataset.metric, [tr.querySelector('[data-id="current"]').textContent, tr.querySelector('[data-id="suggested"]').textContent]]));

describe('c-ma-suggestion, signed in as an admin', () => {
    beforeEach(() => clockAt(AT));
    afterEach(reset);

    it('says it is reading until every past lead and its engagement is read', async () => {
        const element = mount();
        await flush();
        await flush();
        expect($(element, 'lightning-spinner')).not.toBeNull();
        graphql.emit(contextData(), byOperation('maLeadContext'));
        graphql.emit(definitionsData([setRecord(agreedV1())]), byOperation('maDefinitions'));
        await flush();
        expect($(element, '[data-id="reading"]')).not.toBeNull();
        expect($(element, '[data-id="verdict"]')).toBeNull();
    });

    it('reads the mapped fields that exist on each object, and the Tasks and CampaignMembers of every record read', async () => {
        const element = mount();
        await flush();
        // Configs of the wires now: a filter that delivers to none and notes what each asks.
        const asked = (operation) => {
            const seen = [];
            graphql.emit(null, (config) => {
                if (byOperation(operation)(config)) seen.push(config);
                return false;
            });
            return seen;
        };
        graphql.emit(contextData(), byOperation('maLeadContext'));
        graphql.emit(definitionsData([setRecord(agreedV1())]), byOperation('maDefinitions'));
        const { getObjectInfos } = require('lightning/uiObjectInfoApi');
        getObjectInfos.emit(objectInfos());
        await flush();
        const [leads] = asked('maSuggestionLeads');
        const [contacts] = asked('maSuggestionContacts');
        expect(leads.variables).toEqual({ programId: PROGRAM_ID, after: null });
        expect(leads.query).toMatch(/Title \{ value \}\s+NumberOfEmployees \{ value \}/);
        // Contact has no NumberOfEmployees for this user: the mapped field is not asked for there.
        expect(contacts.query).toMatch(/Title \{ value \}/);
        expect(contacts.query).not.toMatch(/NumberOfEmployees/);
        expect(asked('maSuggestionTasks')).toEqual([]);
        const contact = { ...ORG.leads[0], Id: '003000000000000001' };
        graphql.emit(answer('Lead', ORG.leads), byOperation('maSuggestionLeads'));
        graphql.emit(answer('Contact', [contact]), byOperation('maSuggestionContacts'));
        await flush();
        const [tasks] = asked('maSuggestionTasks');
        expect(tasks.variables.ids).toEqual(ORG.leads.slice(0, 500).map((n) => n.Id));
        expect(asked('maSuggestionCampaignMembers')[0].variables).toEqual(tasks.variables);
        await answerEngagement([...ORG.leads, contact].map((n) => n.Id), ORG);
        expect(text(element, '[data-id="split"]')).toMatch(/Judged on 210 leads/);
    });

    it('shows the suggestion beside the current model, rule by rule, with the reason from the core', async () => {
        const element = await load(mount(), ORG);
        const byRule = rows(element);
        expect(Object.keys(byRule)).toEqual(['decision-maker', 'large-company', 'pricing', 'booth']);
        // The history's wins follow the decision maker and the pricing page, not company size or the booth.
        expect(byRule['decision-maker'].to).toBeGreaterThan(byRule['decision-maker'].from);
        expect(byRule.pricing.to).toBeGreaterThan(byRule.pricing.from);
        expect(byRule['large-company'].to).toBeLessThan(byRule['large-company'].from);
        expect(byRule.booth.to).toBeLessThan(byRule.booth.from);
        expect(byRule['decision-maker'].why).toMatch(/^Raised: /);
        expect(byRule['large-company'].why).toMatch(/^Lowered: /);
        const threshold = $(element, '[data-id="rules"] tr[data-id="threshold"]');
        expect(threshold.querySelector('[data-id="from"]').textContent).toBe('30');
        expect(threshold.lastElementChild.textContent).toMatch(/MQLs in the fit period as the current threshold/);
        expect($(element, '[data-id="verdict"]').dataset.improvement).toBe('true');
        expect($(element, '[data-id="verdict"] lightning-badge').label).toBe('An improvement: the suggested model tells the outcomes apart better');
        expect(text(element, '[data-id="verdict-text"]')).toMatch(/held out of the fit, the suggestion ranks the leads that were won higher/);
        expect(text(element, '[data-id="split"]')).toMatch(/^Learned from 490 leads .* Judged on 210 leads /);
        await expect(element).toBeAccessible();
    });

    it('sets the held-out backtests side by side, each chart with the figures of its table', async () => {
        const element = await load(mount(), ORG);
        const table = backtest(element);
        expect(table.heldOutLeads).toEqual(['210', '210']);
        expect(Number(table.auc[1])).toBeGreaterThan(Number(table.auc[0]));
        const [points, rates] = $$(element, 'c-ma-chart');
        expect(points.spec.datasets.map((d) => d.data)).toEqual([
            Object.values(rows(element)).map((r) => r.from),
            Object.values(rows(element)).map((r) => r.to),
        ]);
        expect(points.summary).toMatch(/^Points per rule \(current → suggested\): Decision maker 10 → /);
        const asShown = ['mqlOpportunityRate', 'mqlWonRate', 'nonMqlWonRate'].map((key) => table[key].map((v) => Number(v.replace('%', ''))));
        expect(rates.spec.datasets.map((d) => d.data)).toEqual([asShown.map((r) => r[0]), asShown.map((r) => r[1])]);
        expect(rates.spec.value.unit).toBe('%');
    });

    it('on confirmation creates version N+1 as a draft carrying the suggested model and threshold; cancel writes nothing', async () => {
        createRecord.mockResolvedValue({ id: 'a03000000000002AAA' });
        const element = await load(mount(), ORG);
        const toasts = [];
        element.addEventListener('lightning__showtoast', (e) => toasts.push(e.detail.title));
        expect($(element, '[data-id="draft"]').label).toBe('Make the suggestion draft version 2');
        $(element, '[data-id="draft"]').click();
        await flush();
        expect(text(element, '[data-id="confirm"]')).toMatch(/creates version 2 as a draft from version 1 \(Agreed\).*until marketing, inside sales and sales review and sign it/);
        $(element, '[data-id="cancel-draft"]').click();
        await flush();
        expect($(element, '[data-id="confirm"]')).toBeNull();
        expect(createRecord).not.toHaveBeenCalled();

        $(element, '[data-id="draft"]').click();
        await flush();
        $(element, '[data-id="confirm-draft"]').click();
        await flush();
        await flush();
        expect(createRecord).toHaveBeenCalledTimes(1);
        const input = createRecord.mock.calls[0][0];
        expect(input.apiName).toBe('MA_Definition_Set__c');
        expect(input.fields).toEqual(expect.objectContaining({ Program__c: PROGRAM_ID, Name: 'v2', Version__c: 2, State__c: 'draft', Previous_Version__c: SET_ID }));
        const stored = JSON.parse(input.fields.Definitions__c);
        const suggestedPoints = Object.fromEntries(Object.entries(rows(element)).map(([id, r]) => [id, r.to]));
        expect(Object.fromEntries([...stored.model.fit, ...stored.model.engagement].map((r) => [r.id, r.points]))).toEqual(suggestedPoints);
        const thresholdTo = Number($(element, 'tr[data-id="threshold"] [data-id="to"]').textContent);
        expect(stored.model.thresholds.mql).toBe(thresholdTo);
        expect(stored.stages.mql.criteria.all[0]).toEqual({ field: 'score', op: 'gte', value: thresholdTo });
        expect(stored.signatures).toEqual([]);
        expect(stored.log.at(-1)).toMatchObject({ action: 'edited', by: '佐藤 花子' });
        expect(toasts).toEqual(['Draft of version 2 created: the three departments sign it in the definitions.']);
    });

    it('once the newest version carries the suggestion, says so instead of offering it again', async () => {
        const first = await load(mount(), ORG);
        const stored = Object.fromEntries(Object.entries(rows(first)).map(([id, r]) => [id, r.to]));
        const thresholdTo = Number($(first, 'tr[data-id="threshold"] [data-id="to"]').textContent);
        reset();
        clockAt(AT);
        const model = { ...MODEL, fit: MODEL.fit.map((r) => ({ ...r, points: stored[r.id] })), engagement: MODEL.engagement.map((r) => ({ ...r, points: stored[r.id] })), thresholds: { mql: thresholdTo } };
        const v2 = editDefinitionSet(agreedV1(), { model }, { by: 'admin', at: AT });
        const element = await load(mount(), ORG, { definitions: definitionsData([setRecord(v2.value, 'a03000000000002AAA'), setRecord(agreedV1())]) });
        expect($(element, '[data-id="draft"]')).toBeNull();
        expect(text(element, '[data-id="drafted"]')).toBe('This suggestion is version 2 (Draft). The three departments sign it in MQL / SAL / SQL definitions.');
    });

    it('shows a suggestion that is not an improvement as such: its draft is offered as not an improvement, the confirmation repeating the verdict', async () => {
        const element = await load(mount(), generateOrg({ signal: false, seed: 3 }));
        expect($(element, '[data-id="verdict"]').dataset.improvement).toBe('false');
        expect($(element, '[data-id="verdict"] lightning-badge').label).toBe('Not an improvement: keep the current model');
        expect(text(element, '[data-id="verdict-text"]')).toMatch(/not an improvement; keep the current model/);
        const draft = $(element, '[data-id="draft"]');
        expect([draft.label, draft.variant]).toEqual(['Make it draft version 2 although it is not an improvement', 'neutral']);
        draft.click();
        await flush();
        expect(text(element, '[data-id="confirm"]')).toMatch(/not an improvement; keep the current model.* This creates version 2 as a draft/);
        await expect(element).toBeAccessible();
    });

    it('with too few outcomes says so, in the core’s words', async () => {
        const element = await load(mount(), generateOrg({ count: 120 }));
        expect(text(element, '[data-id="not-enough"] h3')).toBe('Not enough outcomes yet');
        expect(text(element, '[data-id="not-enough"] li')).toMatch(/leads were won and .* did not; a suggestion needs at least 50 of each/);
        expect($(element, '[data-id="rules"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('learns from opportunities when asked', async () => {
        const element = await load(mount(), ORG);
        $(element, '[data-id="target"]').dispatchEvent(new CustomEvent('change', { detail: { value: 'opportunity' } }));
        await flush();
        expect(text(element, '[data-id="split"]')).toMatch(/\(Opportunities: \d+\)/);
    });

    it('without a scoring model says there is nothing to review and reads no lead', async () => {
        const element = mount();
        await flush();
        graphql.emit(contextData({ model: null }), byOperation('maLeadContext'));
        await flush();
        expect(text(element, '[data-id="no-model"]')).toMatch(/no scoring model yet/);
        expect($(element, 'lightning-spinner')).toBeNull();
    });

    it('reads past the first page, and leaves out an object whose outcome fields it cannot read', async () => {
        const element = mount();
        await flush();
        graphql.emit(contextData(), byOperation('maLeadContext'));
        graphql.emit(definitionsData([setRecord(agreedV1())]), byOperation('maDefinitions'));
        const infos = objectInfos();
        infos.results[1] = { statusCode: 403, result: [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'no' }] };
        const { getObjectInfos } = require('lightning/uiObjectInfoApi');
        getObjectInfos.emit(infos);
        await flush();
        const firstPage = ORG.leads.slice(0, 400);
        graphql.emit(answer('Lead', firstPage, { hasNextPage: true, endCursor: 'c400' }), byOperation('maSuggestionLeads'));
        await flush();
        // The next page is asked for with the cursor; the first page answered again adds nothing.
        graphql.emit(answer('Lead', firstPage, { hasNextPage: true, endCursor: 'c400' }), (c) => byOperation('maSuggestionLeads')(c) && c.variables.after === 'c400');
        graphql.emit(answer('Lead', ORG.leads.slice(400)), (c) => byOperation('maSuggestionLeads')(c) && c.variables.after === 'c400');
        await flush();
        await answerEngagement(ORG.leads.map((n) => n.Id), ORG);
        expect(text(element, '[data-id="notes"]')).toMatch(/Contact records are left out: you cannot read their outcome fields/);
        expect(text(element, '[data-id="split"]')).toMatch(/Judged on 210 leads/);
    });

    it('shows a read that failed, and no suggestion', async () => {
        const element = mount();
        await flush();
        graphql.emit(contextData(), byOperation('maLeadContext'));
        graphql.emit(definitionsData([setRecord(agreedV1())]), byOperation('maDefinitions'));
        const { getObjectInfos } = require('lightning/uiObjectInfoApi');
        getObjectInfos.emit(objectInfos());
        await flush();
        graphql.emit(answer('Lead', ORG.leads), byOperation('maSuggestionLeads'));
        graphql.emit(answer('Contact', []), byOperation('maSuggestionContacts'));
        await flush();
        graphql.emitErrors([{ message: "Validation error of type FieldUndefined: Field 'Task' in type 'RecordQuery' is undefined" }], byOperation('maSuggestionTasks'));
        await flush();
        const panel = $(element, 'c-error-panel');
        expect(panel.shadowRoot.querySelector('[data-id="error-headline"]').textContent).toBe('The past leads the suggestion learns from could not be read.');
        expect($(element, '[data-id="rules"]')).toBeNull();
    });

    it('says a refused draft in the core’s words (MQL criteria without a score threshold)', async () => {
        const byGrade = agreedV1();
        byGrade.stages.mql.criteria = { field: 'grade', op: 'eq', value: 'A' };
        const element = await load(mount(), ORG, { definitions: definitionsData([setRecord(byGrade)]) });
        $(element, '[data-id="draft"]').click();
        await flush();
        $(element, '[data-id="confirm-draft"]').click();
        await flush();
        expect(createRecord).not.toHaveBeenCalled();
        const panel = $(element, 'c-error-panel');
        expect(panel.shadowRoot.querySelector('[data-id="error-headline"]').textContent).toBe('The suggestion could not be made a draft.');
    });
});
