// MA_Definition_Set__c records <-> the core's DefinitionSet, and the writes a
// step of the sign-off state machine needs. Every update carries
// ifUnmodifiedSince, so a newer change by someone else is never overwritten.
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { unmodifiedSince } from 'c/maData';

/** A MA_Definition_Set__c GraphQL node as plain data; `set` is the parsed JSON (validated by the core on use). */
export function setFromNode(node, val, parseJsonField) {
    return {
        id: node.Id,
        name: val(node, 'Name'),
        version: val(node, 'Version__c'),
        state: val(node, 'State__c'),
        previousId: val(node, 'Previous_Version__c'),
        lastModified: val(node, 'LastModifiedDate'),
        set: parseJsonField(val(node, 'Definitions__c'), null),
    };
}

function setFields(set) {
    return {
        Name: `v${set.version}`,
        Version__c: set.version,
        State__c: set.state,
        Definitions__c: JSON.stringify(set),
    };
}

/** Creates the record of a new version (v1 from a template, or v(n+1) edited from the one before). */
export function createSetRecord(set, { programId, previousId }) {
    const fields = { Program__c: programId, ...setFields(set) };
    if (previousId) fields.Previous_Version__c = previousId;
    return createRecord({ apiName: 'MA_Definition_Set__c', fields });
}

/** Stores the next state of an existing version, refused by the platform if the record changed since it was read. */
export function updateSetRecord(record, set) {
    return updateRecord(
        { fields: { Id: record.id, State__c: set.state, Definitions__c: JSON.stringify(set) } },
        unmodifiedSince(record.lastModified)
    );
}

/** The audit row beside the JSON signature. */
export function createSignOffRecord(record, signature, userId) {
    const fields = {
        Definition_Set__c: record.id,
        Role__c: signature.role,
        Signed_By__c: userId,
        Signed_At__c: signature.at,
        Version__c: signature.version,
    };
    if (signature.comment) fields.Comment__c = signature.comment;
    return createRecord({ apiName: 'MA_Sign_Off__c', fields });
}

/** Points the program at the set now in force. */
export function setCurrentDefinitionSet(program, setId) {
    return updateRecord(
        { fields: { Id: program.id, Current_Definition_Set__c: setId } },
        unmodifiedSince(program.lastModified)
    );
}
