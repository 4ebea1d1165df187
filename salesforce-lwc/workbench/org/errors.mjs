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
