// lightning/graphql (v2): gql and the graphql wire adapter; the emitted value
// carries `refresh()` (the module has no refreshGraphQL: that is v1's, in
// lightning/uiGraphQLApi).
import { gql, makeGraphqlAdapter } from '../internal/graphqlWire';

export const graphql = makeGraphqlAdapter({ withRefresh: true });
export { gql };
