// Shared by the maDefinitions tests, one file per signed-in user (custom
// permissions are fixed per module load, as the platform fixes them per session).
import { createElement } from 'lwc';
import MaDefinitions from 'c/maDefinitions';
import { graphql } from 'lightning/graphql';
import { getRecord, createRecord } from 'lightning/uiRecordApi';
import { newDefinitionSet, submitForReview, signDefinitionSet, DEFINITION_TEMPLATES } from 'c/maSignOff';

const PROGRAM = require('./data/program.json');
const USER = require('./data/user.json');

export const PROGRAM_ID = PROGRAM.Id;
export const SET_ID = 'a03000000000001AAA';
export const AT = '2026-11-01T09:00:00.000Z';
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
export const $ = (element, selector) => element.shadowRoot.querySelector(selector);
export const $$ = (element, selector) => [...element.shadowRoot.querySelectorAll(selector)];

export const value = (result) => {
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.value;
};

// Sets built with the core's own state machine, as the org stores them.
export const draftV1 = () => value(newDefinitionSet(DEFINITION_TEMPLATES[0].id, { id: PROGRAM_ID, by: 'admin', at: AT }));
export const reviewV1 = () => value(submitForReview(draftV1(), { by: 'admin', at: AT }));
export const signedJson = (set, roles) => roles.reduce((s, role) => value(signDefinitionSet(s, { role, by: role, at: AT, version: s.version })), set);

/** A stored MA_Sign_Off__c row as the GraphQL child list gives it. */
export const signOff = (role, version, by = `${role} lead`, at = AT) => ({
    Id: `a04${role}`,
    Role__c: { value: role },
    Version__c: { value: version },
    Signed_At__c: { value: at },
    Comment__c: { value: null },
    Signed_By__c: { value: '005000000000009AAA' },
    Signed_By__r: { Name: { value: by } },
});

export function record(id, set, { previousId = null, lastModified = '2026-11-02T10:00:00.000Z', signOffs = [] } = {}) {
    return {
        Id: id,
        Name: { value: `v${set.version}` },
        Version__c: { value: set.version },
        State__c: { value: set.state },
        Definitions__c: { value: JSON.stringify(set) },
        Previous_Version__c: { value: previousId },
        LastModifiedDate: { value: lastModified },
        Sign_Offs__r: { edges: signOffs.map((node) => ({ node })) },
    };
}

export function data(records, currentId = null, programModel = null) {
    const program = { ...PROGRAM, Current_Definition_Set__c: { value: currentId }, Scoring_Model__c: { value: programModel ? JSON.stringify(programModel) : null } };
    return {
        uiapi: {
            query: {
                MA_Program__c: { edges: [{ node: program }] },
                MA_Definition_Set__c: { edges: records.map((node) => ({ node })) },
            },
        },
    };
}

export async function mount(answer) {
    const element = createElement('c-ma-definitions', { is: MaDefinitions });
    element.recordId = PROGRAM_ID;
    document.body.appendChild(element);
    getRecord.emit(USER);
    if (answer) graphql.emit(answer);
    await flush();
    return element;
}

export const signOffCalls = () => createRecord.mock.calls.filter((c) => c[0].apiName === 'MA_Sign_Off__c');

export function reset() {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
}
