// The golden stageOf and handoffStatus cases through the component: the
// case's Salesforce record (its MA_* fields and mapped fields) on a record
// page of a program holding the golden program (model, agreed definitions,
// handoff rules, Field_Mapping__c), the clock at the case's instant. What the
// component DISPLAYS is compared with the case's `display`, written by hand in
// the golden file, in the language of the test file that runs them.
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import { LEAD_ID, flush, clockAt, mount, cleanup, shown } from './leadTestUtils';

const GOLDEN = require('../../../../../../../tests/cases/golden.json');
const PROGRAM_ID = 'a00000000000001AAA';

function recordOf(testCase) {
    const fields = { MA_Program__c: { value: PROGRAM_ID }, LastModifiedDate: { value: testCase.asOf } };
    Object.entries(testCase.salesforce.record).forEach(([name, value]) => {
        fields[name] = { value };
    });
    return { apiName: 'Lead', id: LEAD_ID, fields };
}

function contextOf(testCase) {
    const source = GOLDEN.programs[testCase.program];
    const { model, definitions, handoff } = source.program;
    const program = {
        Id: PROGRAM_ID,
        Scoring_Model__c: { value: JSON.stringify(model) },
        Handoff_Rules__c: { value: JSON.stringify(handoff) },
        Field_Mapping__c: { value: JSON.stringify(source.salesforce.fieldMapping) },
        Current_Definition_Set__r: { Id: 'a03000000000001AAA', Version__c: { value: definitions.version }, Definitions__c: { value: JSON.stringify(definitions) } },
    };
    return { uiapi: { query: { MA_Program__c: { edges: [{ node: program }] }, Task: { edges: [] }, CampaignMember: { edges: [] } } } };
}

async function render(testCase) {
    clockAt(testCase.asOf);
    const element = mount();
    getRecord.emit(recordOf(testCase));
    await flush();
    graphql.emit(contextOf(testCase));
    await flush();
    return element;
}

export const STAGE_CASES = GOLDEN.stageOf.filter((c) => c.salesforce);
export const CLOCK_CASES = GOLDEN.handoffStatus.filter((c) => c.salesforce);
export { cleanup };

/** The stage badge's text for a stageOf case. */
export async function shownStage(testCase) {
    const element = await render(testCase);
    const badge = element.shadowRoot.querySelector('[data-id="stage"]');
    return { stage: badge ? badge.label : null };
}

/** The clock's status, time and next step for a handoffStatus case. */
export async function shownClock(testCase) {
    const element = await render(testCase);
    const badge = element.shadowRoot.querySelector('[data-id="handoff-status"]');
    return { status: badge ? badge.label : null, clock: shown(element, 'handoff-clock'), next: shown(element, 'handoff-next') };
}
