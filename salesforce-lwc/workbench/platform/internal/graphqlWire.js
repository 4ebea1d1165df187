// The GraphQL wire adapter shared by lightning/graphql (v2: the emitted value
// carries `refresh`) and lightning/uiGraphQLApi (v1: refreshGraphQL(result)).
// A query runs against the local org's /graphql endpoint; when a record held in
// a result is written, the result is re-emitted with the new field values.
import { request } from './transport';
import { onRecordChange } from './recordEvents';
import { configKey } from './configKey';

const byResult = new WeakMap();

export function gql(strings, ...values) {
    let source = '';
    strings.forEach((part, i) => {
        source += part;
        if (i < values.length) source += values[i] && values[i].source ? values[i].source : String(values[i]);
    });
    return Object.freeze({ kind: 'Document', source });
}

export function makeGraphqlAdapter({ withRefresh }) {
    return class graphql {
        constructor(dataCallback) {
            this.dataCallback = dataCallback;
            this.config = undefined;
            this.generation = 0;
            this.lastData = undefined;
            this.unsubscribe = null;
        }

        connect() {
            this.unsubscribe = onRecordChange((recordId, record) => this.recordChanged(recordId, record));
            this.emit({ data: undefined, errors: undefined });
        }

        disconnect() {
            if (this.unsubscribe) this.unsubscribe();
            this.unsubscribe = null;
            this.generation += 1;
        }

        update(config) {
            const key = configKey(config || {});
            if (key === this.key) return;
            this.key = key;
            this.config = config;
            this.run();
        }

        run() {
            const { query, variables, operationName } = this.config || {};
            if (!query) return Promise.resolve();
            const source = typeof query === 'string' ? query : query.source;
            const generation = ++this.generation;
            return request('POST', '/graphql', { query: source, variables: variables || {}, operationName }).then(
                (payload) => {
                    if (generation !== this.generation) return;
                    const errors = payload && payload.errors && payload.errors.length ? payload.errors : undefined;
                    this.lastData = errors ? undefined : payload.data;
                    this.emit({ data: this.lastData, errors });
                },
                (error) => {
                    if (generation !== this.generation) return;
                    const body = error && error.body;
                    const errors = body && Array.isArray(body.errors) ? body.errors : [{ message: (body && body.message) || error.statusText }];
                    this.lastData = undefined;
                    this.emit({ data: undefined, errors });
                }
            );
        }

        emit(value) {
            const result = withRefresh ? { ...value, refresh: () => this.run() } : { ...value };
            byResult.set(result, this);
            this.dataCallback(result);
        }

        recordChanged(recordId, record) {
            if (!this.lastData) return;
            if (!record) {
                // Only the id is known (notifyRecordUpdateAvailable, delete): fetch again if we hold it.
                if (holds(this.lastData, recordId)) this.run();
                return;
            }
            const patched = patch(this.lastData, record);
            if (patched !== this.lastData) {
                this.lastData = patched;
                this.emit({ data: patched, errors: undefined });
            }
        }
    };
}

/** refreshGraphQL(result) of lightning/uiGraphQLApi. */
export function refreshResult(result) {
    const adapter = result ? byResult.get(result) : undefined;
    return adapter ? adapter.run() : Promise.resolve();
}

function holds(data, recordId) {
    return JSON.stringify(data).includes(`"Id":"${recordId}"`);
}

/** A copy of `data` where nodes of `record.id` carry the record's new values; `data` itself if none. */
function patch(data, record) {
    let changed = false;
    const visit = (value) => {
        if (Array.isArray(value)) {
            const next = value.map(visit);
            return next.some((v, i) => v !== value[i]) ? next : value;
        }
        if (!value || typeof value !== 'object') return value;
        let next = value;
        if (value.Id === record.id) {
            next = { ...value };
            for (const [key, cell] of Object.entries(value)) {
                const fresh = record.fields[key];
                if (fresh && cell && typeof cell === 'object' && 'value' in cell && cell.value !== fresh.value) {
                    next[key] = { ...cell, value: fresh.value, ...('displayValue' in cell ? { displayValue: fresh.displayValue } : {}) };
                    changed = true;
                }
            }
        }
        for (const [key, child] of Object.entries(next)) {
            if (child && typeof child === 'object') {
                const visited = visit(child);
                if (visited !== child) {
                    if (next === value) next = { ...value };
                    next[key] = visited;
                }
            }
        }
        return next;
    };
    const result = visit(data);
    return changed ? result : data;
}
