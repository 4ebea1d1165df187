// Test double for lightning/graphql (v2): a wire adapter with emit / emitErrors
// like the sfdx-lwc-jest stub, whose emitted value carries `refresh()` as the
// platform's does (v2 has no refreshGraphQL; that is lightning/uiGraphQLApi's),
// and a gql tag that keeps the query text so a test can emit to one query by
// its operation name.
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

/** The `refresh` every emitted value carries; tests assert on it. */
export const mockRefresh = jest.fn(() => Promise.resolve());

export class graphql extends createTestWireAdapter() {
    static emit(value, filterFn) {
        super.emit({ data: value, errors: undefined, refresh: mockRefresh }, filterFn);
    }

    static emitErrors(errors, filterFn) {
        super.emit({ data: undefined, errors, refresh: mockRefresh }, filterFn);
    }
}

export const gql = (strings, ...values) =>
    strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');

/** Filter for graphql.emit: only wires whose query declares `query <name>`. */
export const byOperation = (name) => (config) =>
    typeof config?.query === 'string' && new RegExp(`query\\s+${name}\\b`).test(config.query);
