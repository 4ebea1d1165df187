// lightning/uiGraphQLApi (v1, deprecated on the platform but still served):
// gql, the graphql wire adapter and refreshGraphQL(result).
import { gql, makeGraphqlAdapter, refreshResult } from '../internal/graphqlWire';

export const graphql = makeGraphqlAdapter({ withRefresh: false });
export { gql };
export function refreshGraphQL(result) {
    return refreshResult(result);
}
