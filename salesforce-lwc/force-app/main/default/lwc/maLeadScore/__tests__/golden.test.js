// Runs every scoring case of tests/cases/golden.json through the component:
// the case's model is the program's Scoring_Model__c, its lead fields are
// record fields (mapped one to one by Field_Mapping__c), its events are Tasks
// (Type = event type, Subject = props.url, ActivityDate = at) and the clock
// stands at `asOf`. The DISPLAYED values must equal the expectation; scores
// are displayed rounded to 2 decimals, trailing zeros dropped.
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import { LEAD_ID, flush, clockAt, mount, cleanup, shown } from './leadTestUtils';

const GOLDEN = require('../../../../../../../tests/cases/golden.json');

const FACT_FIELDS = {
    mqlAt: 'MA_MQL_At__c',
    assignedAt: 'MA_Assigned_At__c',
    firstTouchAt: 'MA_First_Touch_At__c',
    salAt: 'MA_SAL_At__c',
    salRejectedAt: 'MA_SAL_Rejected_At__c',
    rejectReason: 'MA_Reject_Reason__c',
    recycledAt: 'MA_Recycled_At__c',
    sqlAt: 'MA_SQL_At__c',
    opportunityAt: 'MA_Opportunity_At__c',
    wonAt: 'MA_Won_At__c',
    lostAt: 'MA_Lost_At__c',
    definitionVersion: 'MA_Definition_Version__c',
};

const displayedScore = (value) => String(Math.round(value * 100) / 100);

function leadRecord(testCase) {
    const fields = { MA_Program__c: { value: 'a00000000000001AAA' }, LastModifiedDate: { value: testCase.asOf } };
    Object.entries(testCase.lead.fields || {}).forEach(([name, value]) => {
        fields[name] = { value };
    });
    Object.entries(testCase.facts || {}).forEach(([fact, value]) => {
        if (!FACT_FIELDS[fact]) throw new Error(`golden: fact ${fact} has no Lead field`);
        fields[FACT_FIELDS[fact]] = { value };
    });
    return { apiName: 'Lead', id: LEAD_ID, fields };
}

function context(testCase) {
    const events = testCase.lead.events || [];
    const types = [...new Set(events.map((e) => e.type))];
    const mapping = Object.fromEntries(Object.keys(testCase.lead.fields || {}).map((name) => [name, name]));
    mapping.events = types.map((type) => ({ from: 'Task', match: { Type: type }, event: type, props: { url: 'Subject' } }));
    const tasks = events.map((event, index) => {
        const extra = Object.keys(event.props || {}).filter((key) => key !== 'url');
        if (extra.length > 0) throw new Error(`golden: event props ${extra.join(', ')} cannot be carried by a Task`);
        return {
            node: {
                Id: `00T0000000000${String(index).padStart(2, '0')}AAA`,
                Type: { value: event.type },
                Subject: { value: (event.props && event.props.url) || null },
                ActivityDate: { value: event.at },
            },
        };
    });
    const program = {
        Id: 'a00000000000001AAA',
        Scoring_Model__c: { value: JSON.stringify(testCase.model) },
        Handoff_Rules__c: { value: null },
        Field_Mapping__c: { value: JSON.stringify(mapping) },
        Current_Definition_Set__r: testCase.definitions
            ? { Id: 'a03000000000001AAA', Version__c: { value: testCase.definitions.version }, Definitions__c: { value: JSON.stringify(testCase.definitions) } }
            : null,
    };
    return {
        uiapi: {
            query: {
                MA_Program__c: { edges: [{ node: program }] },
                Task: { edges: tasks },
                CampaignMember: { edges: [] },
            },
        },
    };
}

describe('c-ma-lead-score golden cases', () => {
    afterEach(cleanup);

    it('has scoring cases to run', () => {
        expect(GOLDEN.scoring.length).toBeGreaterThan(0);
    });

    it.each(GOLDEN.scoring.map((c) => [c.name, c]))('%s', async (name, testCase) => {
        clockAt(testCase.asOf);
        const element = mount();
        getRecord.emit(leadRecord(testCase));
        await flush();
        graphql.emit(context(testCase));
        await flush();
        const want = testCase.expect;
        const stage = element.shadowRoot.querySelector('[data-id="stage"]');
        const displayed = {
            fit: shown(element, 'fit'),
            engagement: shown(element, 'engagement'),
            total: shown(element, 'total'),
            grade: shown(element, 'grade'),
            mql: element.shadowRoot.querySelector('[data-id="mql"]').dataset.value,
            mqlText: shown(element, 'mql'),
            stage: stage ? stage.dataset.stage : undefined,
        };
        expect(displayed).toEqual({
            fit: displayedScore(want.fit),
            engagement: displayedScore(want.engagement),
            total: displayedScore(want.total),
            grade: want.grade,
            mql: String(want.mql),
            mqlText: want.mql ? 'Reached' : 'Not reached',
            // Without definitions in the case, no stage is shown.
            stage: want.stage,
        });
    });
});
