// Helpers shared by the maDiagnosis tests: mount, flush, read a displayed value, answer an item.
import { createElement } from 'lwc';
import MaDiagnosis from 'c/maDiagnosis';

export const PROGRAM_ID = 'a00000000000001AAA';

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

export function mount(props = { recordId: PROGRAM_ID }) {
    const element = createElement('c-ma-diagnosis', { is: MaDiagnosis });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

export function cleanup() {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
}

export function shown(element, id) {
    const node = element.shadowRoot.querySelector(`[data-id="${id}"]`);
    return node ? node.textContent.trim() : null;
}

export function checkbox(element, number) {
    return element.shadowRoot.querySelector(`lightning-input[data-item="${number}"]`);
}

/** Sets one item as a user would: tick or untick the checkbox and fire its change event. */
export function answer(element, number, value) {
    const box = checkbox(element, number);
    box.checked = value;
    box.dispatchEvent(new CustomEvent('change'));
}

/** Answers all 15 items from a `{ "1": true, ... }` map (absent items unticked). */
export function answerAll(element, answers) {
    for (let number = 1; number <= 15; number += 1) answer(element, number, answers[String(number)] === true);
}

/** A GraphQL answer holding the given MA_Diagnosis__c records. */
export function diagnosesData(records) {
    return {
        uiapi: {
            query: {
                MA_Diagnosis__c: {
                    edges: records.map((r, index) => ({
                        node: {
                            Id: `a0100000000000${String(index).padStart(2, '0')}AAA`,
                            Answers__c: { value: r.answers ? JSON.stringify(r.answers) : null },
                            Respondents__c: { value: r.respondents ? JSON.stringify(r.respondents) : null },
                            Level__c: { value: typeof r.level === 'number' ? r.level : null },
                            Taken_At__c: { value: r.takenAt },
                        },
                    })),
                },
            },
        },
    };
}
