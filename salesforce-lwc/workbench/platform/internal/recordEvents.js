// The client-side part of Lightning Data Service the adapters share: when a
// record is written (or a component says it changed), every getRecord wire on
// it fetches again and every GraphQL result holding it is re-emitted with the
// new field values. As on the platform, a GraphQL query is not re-evaluated
// (a record that now matches a filter appears only after refresh).
const listeners = new Set();

export function onRecordChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

/** `record` is the new UI API representation, or null when only the id is known (refetch). */
export function recordChanged(recordId, record) {
    for (const listener of [...listeners]) listener(recordId, record);
}
