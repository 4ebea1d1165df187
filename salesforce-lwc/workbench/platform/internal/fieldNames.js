// Field references as components pass them: 'Obj.Field' strings or the
// objects '@salesforce/schema/Obj.Field' imports give ({ objectApiName, fieldApiName }).
export function qualifiedFieldName(field) {
    if (typeof field === 'string') return field;
    if (field && typeof field.objectApiName === 'string' && typeof field.fieldApiName === 'string') {
        return `${field.objectApiName}.${field.fieldApiName}`;
    }
    return null;
}

export function fieldList(value) {
    if (value === undefined || value === null) return [];
    return (Array.isArray(value) ? value : [value]).map(qualifiedFieldName).filter(Boolean);
}
