// Object metadata as User Interface API answers it to one user
// (GET /ui-api/object-info/batch/{objectApiNames}): per object, in the order
// asked, `{ statusCode: 200, result: { apiName, label, fields } }` where
// `fields` holds only the fields the user may read (keyed by API name, with
// `apiName`, `label`, `dataType`, `updateable`), or a 403/404 entry for an
// object the user may not read or that does not exist.
const DATA_TYPES = { Text: 'String', LongTextArea: 'TextArea', Number: 'Double', Checkbox: 'Boolean', Lookup: 'Reference', MasterDetail: 'Reference' };

export function objectInfos(org, apiNames, { access, lang = 'ja' }) {
    return {
        results: apiNames.map((apiName) => {
            const info = org.schema.objects.get(apiName);
            if (!info) return { statusCode: 404, result: [{ errorCode: 'NOT_FOUND', message: lang === 'en' ? `Object ${apiName} is not supported` : `オブジェクト ${apiName} はサポートされていません` }] };
            if (!access.object(apiName).read) return { statusCode: 403, result: [{ errorCode: 'INSUFFICIENT_ACCESS', message: lang === 'en' ? `You cannot read ${apiName}` : `${apiName} を参照する権限がありません` }] };
            const fields = {};
            for (const [name, field] of Object.entries(info.fields)) {
                const security = access.field(info, name);
                if (!security.readable) continue;
                fields[name] = { apiName: name, label: field.label || name, dataType: DATA_TYPES[field.type] || field.type, updateable: security.editable };
            }
            return { statusCode: 200, result: { apiName, label: info.label, fields } };
        }),
    };
}
