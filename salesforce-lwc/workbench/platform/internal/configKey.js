// A stable key for a wire configuration. Like Lightning Data Service, the
// adapters do nothing when a component hands them a configuration equal to the
// last one (a getter returning a new but equal object must not refetch).
export function configKey(value) {
    return JSON.stringify(normalise(value));
}

function normalise(value) {
    if (Array.isArray(value)) return value.map(normalise);
    if (value && typeof value === 'object') {
        if (value.kind === 'Document' && typeof value.source === 'string') return value.source;
        return Object.keys(value)
            .sort()
            .reduce((out, key) => {
                if (value[key] !== undefined) out[key] = normalise(value[key]);
                return out;
            }, {});
    }
    return value;
}
