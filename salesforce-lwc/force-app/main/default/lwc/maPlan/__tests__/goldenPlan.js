// The golden plan cases through the component: the case's diagnosis is the
// program's latest saved diagnosis, its requested level the program's
// Target_Level__c (passed as it is: the core decides what the plan goes to),
// and the clock stands at the case's start. The target level and each task's
// due date as DISPLAYED (in the preview of the tasks to create) must equal the
// case's `display`, written by hand in the golden file, in the language of the
// test file that runs them.
import { graphql } from 'lightning/graphql';
import { flush, mount, $, $$ } from './planTestUtils';

const GOLDEN = require('../../../../../../../tests/cases/golden.json');
const REAL_TIMERS = ['nextTick', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'];

function planData(testCase) {
    const { answers, respondents } = testCase.input;
    const diagnosis = {
        Id: 'a01000000000009AAA',
        Answers__c: { value: JSON.stringify(answers || {}) },
        Respondents__c: { value: respondents ? JSON.stringify(respondents) : null },
        Taken_At__c: { value: `${testCase.start}T00:00:00.000Z` },
    };
    const program = { Id: 'a00000000000001AAA', Target_Level__c: { value: testCase.toLevel } };
    return { uiapi: { query: { MA_Diagnosis__c: { edges: [{ node: diagnosis }] }, MA_Task__c: { edges: [] }, MA_Program__c: { edges: [{ node: program }] } } } };
}

export const PLAN_CASES = GOLDEN.plan;

export function cleanup() {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.useRealTimers();
}

/**
 * What the plan shows for a case: the target level, the tasks it would
 * create and, for each task the case's display names, its due date.
 */
export async function shownPlan(testCase, dueIds) {
    jest.useFakeTimers({ now: new Date(`${testCase.start}T03:00:00Z`), doNotFake: REAL_TIMERS });
    const element = mount();
    graphql.emit(planData(testCase));
    await flush();
    const targetLevel = $(element, '[data-id="target-level"]').textContent;
    $(element, '[data-id="preview-button"]').click();
    await flush();
    const taskIds = $$(element, '[data-id="preview"] tbody tr').map((tr) => tr.dataset.taskKey).sort();
    const dueDates = Object.fromEntries(
        dueIds.map((id) => {
            const cell = $(element, `[data-id="preview"] tr[data-task-key="${id}"] td[data-column="due"]`);
            return [id, cell ? cell.textContent : null];
        })
    );
    return { targetLevel, taskIds, dueDates };
}
