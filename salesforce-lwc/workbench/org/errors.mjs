// Errors the local org answers with, in the shapes of User Interface API
// ("Error with Output": output.errors and output.fieldErrors) so the components'
// error panel (ldsUtils.reduceErrors) reads them as it reads a real org's.
export class OrgError extends Error {
    constructor(status, body) {
        super(body.message);
        this.status = status;
        this.body = body;
    }
}

const TEXTS = {
    stale: {
        ja: 'このレコードは、あなたが開いた後に他のユーザーが変更しました。ページを再読み込みして最新の内容を確認してから、もう一度保存してください。',
        en: 'This record was changed by someone else after you opened it. Reload the page to see the latest version, then save again.',
    },
    saveFailed: {
        ja: 'レコードを保存できませんでした。入力内容を確認してください。',
        en: 'An error occurred while trying to save the record. Check the values and try again.',
    },
    notFound: { ja: '要求されたリソースは存在しません', en: 'The requested resource does not exist' },
    noAccess: { ja: 'オブジェクト ID に対するアクセス権が不十分です', en: 'insufficient access rights on object id' },
};

export function text(key, lang) {
    return TEXTS[key][lang === 'en' ? 'en' : 'ja'];
}

/** A write refused by a field rule (unknown field, too long, bad picklist value, ...). */
export function fieldError(lang, field, fieldLabel, errorCode, message) {
    const item = { constituentField: null, duplicateRecordError: null, errorCode, field, fieldLabel: fieldLabel || field, message };
    return new OrgError(400, {
        message: text('saveFailed', lang),
        errorCode,
        statusCode: 400,
        enhancedErrorType: 'RecordError',
        output: { errors: [], fieldErrors: { [field]: [item] } },
    });
}

/** A write refused as a whole (page-level error). */
export function recordError(lang, status, errorCode, message) {
    return new OrgError(status, {
        message,
        errorCode,
        statusCode: status,
        enhancedErrorType: 'RecordError',
        output: { errors: [{ constituentField: null, duplicateRecordError: null, errorCode, message }], fieldErrors: {} },
    });
}

/** The optimistic-concurrency refusal: the record changed after `ifUnmodifiedSince`. */
export function staleWriteError(lang) {
    return recordError(lang, 412, 'PRECONDITION_FAILED', text('stale', lang));
}

/** Read errors: UI API answers a read with an array of { errorCode, message }. */
export function readError(status, errorCode, message) {
    return new OrgError(status, [{ errorCode, message }]);
}

export function notFound(lang) {
    return readError(404, 'NOT_FOUND', text('notFound', lang));
}

/** The object permissions refuse the write (no Create, Edit or Delete on the object): HTTP 403 as the platform answers it. */
export function accessError(lang) {
    return recordError(lang, 403, 'INSUFFICIENT_ACCESS_OR_READONLY', text('noAccess', lang));
}

/** A field the user may read but not edit (field-level security). */
export function readOnlyFieldError(lang, field, fieldLabel) {
    const message =
        lang === 'en'
            ? `Unable to create/update fields: ${field}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`
            : `項目を作成/更新できません: ${field}。この項目のセキュリティ設定で、プロファイルまたは権限セットに参照・更新の権限があるか確認してください。`;
    return fieldError(lang, field, fieldLabel, 'INVALID_FIELD_FOR_INSERT_UPDATE', message);
}

/** A validation rule (or a trigger's addError) refused the write: on its error field, or on the page when it names none. */
export function customValidationError(lang, field, fieldLabel, message) {
    if (field) return fieldError(lang, field, fieldLabel, 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message);
    return recordError(lang, 400, 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message);
}

/** A unique field already holds the value on another record. */
export function duplicateValueError(lang, field, otherId) {
    const message = lang === 'en' ? `duplicate value found: ${field} duplicates value on record with id: ${otherId}` : `重複する値があります: ${field} の値がレコード ID ${otherId} と重複しています`;
    return recordError(lang, 400, 'DUPLICATE_VALUE', message);
}
