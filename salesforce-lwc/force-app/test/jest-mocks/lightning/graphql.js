// Test double for lightning/graphql: a wire adapter with emit / emitErrors like
// the sfdx-lwc-jest stub, a gql tag that keeps the query text (so a test can
// emit to one query by its operation name) and refreshGraphQL as a jest mock.
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export class graphql extends createTestWireAdapter() {
    static emit(value, filterFn) {
        super.emit({ data: value, errors: undefined }, filterFn);
    }

    static emitErrors(errors, filterFn) {
        super.emit({ data: undefined, errors }, filterFn);
    }
}

export const gql = (strings, ...values) =>
    strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');

export const refreshGraphQL = jest.fn().mockResolvedValue(undefined);

/** Filter for graphql.emit: only wires whose query declares `query <name>`. */
export const byOperation = (name) => (config) =>
    typeof config?.query === 'string' && new RegExp(`query\\s+${name}\\b`).test(config.query);
