// Helpers shared by the maPlan tests: mount, flush, and the GraphQL answer with task records.
import { createElement } from 'lwc';
import MaPlan from 'c/maPlan';

const PLAN = require('./data/plan.json');

export const PROGRAM_ID = 'a00000000000001AAA';
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

export function mount() {
    const element = createElement('c-ma-plan', { is: MaPlan });
    element.recordId = PROGRAM_ID;
    document.body.appendChild(element);
    return element;
}

export const $ = (element, selector) => element.shadowRoot.querySelector(selector);
export const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

/** The GraphQL answer after the given task records exist (as the org would return them). */
export function withTasks(records) {
    const data = JSON.parse(JSON.stringify(PLAN));
    data.uiapi.query.MA_Task__c.edges = records.map((fields, index) => ({
        node: {
            Id: `a02000000000${String(index).padStart(3, '0')}AAA`,
            LastModifiedDate: { value: '2026-11-02T10:00:00.000Z' },
            ...Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, { value }])),
        },
    }));
    return data;
}
