import { isStaleWriteError, isDuplicateValueError, reduceErrors } from 'c/ldsUtils';

// The error shapes the platform rejects a write with (User Interface API
// "Error with Output" and read errors), as Lightning Data Service passes them on.
const recordError = (code, message, field) => ({
    status: 400,
    body: {
        message: 'An error occurred while trying to update the record. Please try again.',
        enhancedErrorType: 'RecordError',
        output: field
            ? { errors: [], fieldErrors: { [field]: [{ errorCode: code, field, message }] } }
            : { errors: [{ errorCode: code, message }], fieldErrors: {} },
    },
});

describe('ldsUtils', () => {
    it('recognises a stale write by HTTP 412 and by either error code, wherever the code sits', () => {
        expect(isStaleWriteError({ status: 412, body: { message: 'Precondition Failed' } })).toBe(true);
        expect(isStaleWriteError({ status: 400, body: [{ errorCode: 'PRECONDITION_FAILED', message: 'modified' }] })).toBe(true);
        expect(isStaleWriteError(recordError('ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE_CHECK', 'Record modified since last read'))).toBe(true);
        expect(isStaleWriteError({ status: 400, body: { errorCode: 'ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE_CHECK', message: 'x' } })).toBe(true);
    });

    it('does not take a validation, access or duplicate refusal for a stale write', () => {
        expect(isStaleWriteError(recordError('FIELD_CUSTOM_VALIDATION_EXCEPTION', 'You can sign only as yourself', 'Signed_By__c'))).toBe(false);
        expect(isStaleWriteError(recordError('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id'))).toBe(false);
        expect(isStaleWriteError(recordError('DUPLICATE_VALUE', 'duplicate value found'))).toBe(false);
        expect(isStaleWriteError(undefined)).toBe(false);
        expect(isStaleWriteError('text')).toBe(false);
    });

    it('recognises a lost race on a unique field (DUPLICATE_VALUE) and nothing else', () => {
        expect(isDuplicateValueError(recordError('DUPLICATE_VALUE', 'duplicate value found: Sign_Off_Key__c duplicates value on record with id: a04'))).toBe(true);
        expect(isDuplicateValueError(recordError('DUPLICATE_VALUE', 'duplicate', 'Sign_Off_Key__c'))).toBe(true);
        expect(isDuplicateValueError(recordError('FIELD_CUSTOM_VALIDATION_EXCEPTION', 'refused'))).toBe(false);
        expect(isDuplicateValueError(null)).toBe(false);
    });

    it('reads the messages of page-level and field-level record errors', () => {
        expect(reduceErrors([recordError('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id'), recordError('FIELD_CUSTOM_VALIDATION_EXCEPTION', 'Sign as yourself', 'Signed_By__c')])).toEqual([
            'insufficient access rights on object id',
            'Sign as yourself',
        ]);
    });
});
