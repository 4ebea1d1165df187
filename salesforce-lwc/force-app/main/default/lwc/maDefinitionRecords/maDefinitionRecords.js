// MA_Definition_Set__c records <-> the core's DefinitionSet, and the writes the
// components make (maDefinitions: drafts, review, signatures; maSuggestion: a
// draft from a suggested model). A signature is its own MA_Sign_Off__c record, so signers of
// different departments never write the same record; the org derives the
// set's state, JSON and the program's set in force from those records. Edits
// of a set (submit for review) carry ifUnmodifiedSince, so a newer change by
// someone else is never overwritten.
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { unmodifiedSince } from 'c/maData';

/** A stored MA_Sign_Off__c node as the core's signature ({ role, by, at, version, comment? }). */
function signatureFromNode(node, val) {
    const signedBy = node.Signed_By__r;
    const signature = {
        role: val(node, 'Role__c'),
        by: (signedBy && val(signedBy, 'Name')) || val(node, 'Signed_By__c'),
        at: val(node, 'Signed_At__c'),
        version: val(node, 'Version__c'),
    };
    const comment = val(node, 'Comment__c');
    return comment ? { ...signature, comment } : signature;
}

/** A MA_Definition_Set__c GraphQL node as plain data; `set` is the parsed JSON (validated by the core on use). */
export function setFromNode(node, val, parseJsonField) {
    const signOffs = node.Sign_Offs__r && Array.isArray(node.Sign_Offs__r.edges) ? node.Sign_Offs__r.edges.map((e) => e.node) : [];
    return {
        id: node.Id,
        name: val(node, 'Name'),
        version: val(node, 'Version__c'),
        state: val(node, 'State__c'),
        previousId: val(node, 'Previous_Version__c'),
        lastModified: val(node, 'LastModifiedDate'),
        set: parseJsonField(val(node, 'Definitions__c'), null),
        signatures: signOffs.map((n) => signatureFromNode(n, val)),
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

/**
 * One department's signature of the version shown, by the signed-in user. The
 * org stamps the instant and a unique key (set, version, department), checks
 * the signer holds the department, and derives the rest.
 */
export function createSignOffRecord(record, { role, version, comment }, userId) {
    const fields = {
        Definition_Set__c: record.id,
        Role__c: role,
        Signed_By__c: userId,
        Version__c: version,
    };
    if (comment) fields.Comment__c = comment;
    return createRecord({ apiName: 'MA_Sign_Off__c', fields });
}
