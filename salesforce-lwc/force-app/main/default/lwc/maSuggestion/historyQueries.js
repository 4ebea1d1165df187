// The GraphQL reads of the program's past leads: the Leads and Contacts of the
// program with their outcome dates and the fields the program's mapping names
// (built at run time: lightning/graphql v2 allows a query constructed from the
// mapping, whose field names are checked as API names first), and their Tasks
// and CampaignMembers, one query each, so a missing object access is told
// apart. Every read pages with `after` (and `upperBound`, which lets a cursor
// go past 4,000 records).
import { gql } from 'lightning/graphql';

/** The most records read per object (the queries' `upperBound`; a page holds 2,000, GraphQL's most). */
export const MAX_RECORDS = 10000;

/** What every past lead needs besides its mapped fields: the facts the history reads. */
export const OUTCOME_FIELDS = ['CreatedDate', 'MA_MQL_At__c', 'MA_Opportunity_At__c', 'MA_Won_At__c'];

const API_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** `Field { value }` lines for each API name, once each (names that are not API names are left out). */
function selection(fields) {
    return [...new Set(fields)]
        .filter((f) => API_NAME.test(f) && f !== 'Id')
        .map((f) => `${f} { value }`)
        .join('\n');
}

/**
 * The program's Leads, or its Contacts, with the outcome fields and `fields`
 * (the mapped fields that exist on the object for this user). Only the mapped
 * selection is built at run time; the rest is static, as the metadata check
 * reads it.
 */
export function pastLeadsQuery(objectApiName, fields) {
    const mapped = selection(fields.filter((f) => !OUTCOME_FIELDS.includes(f)));
    if (objectApiName === 'Lead') {
        return gql`
            query maSuggestionLeads($programId: ID, $after: String) {
                uiapi {
                    query {
                        Lead(where: { MA_Program__c: { eq: $programId } }, orderBy: { CreatedDate: { order: DESC } }, first: 2000, after: $after, upperBound: 10000) {
                            edges {
                                node {
                                    Id
                                    CreatedDate { value }
                                    MA_MQL_At__c { value }
                                    MA_Opportunity_At__c { value }
                                    MA_Won_At__c { value }
                                    ${mapped}
                                }
                            }
                            pageInfo { hasNextPage endCursor }
                        }
                    }
                }
            }
        `;
    }
    return gql`
        query maSuggestionContacts($programId: ID, $after: String) {
            uiapi {
                query {
                    Contact(where: { MA_Program__c: { eq: $programId } }, orderBy: { CreatedDate: { order: DESC } }, first: 2000, after: $after, upperBound: 10000) {
                        edges {
                            node {
                                Id
                                CreatedDate { value }
                                MA_MQL_At__c { value }
                                MA_Opportunity_At__c { value }
                                MA_Won_At__c { value }
                                ${mapped}
                            }
                        }
                        pageInfo { hasNextPage endCursor }
                    }
                }
            }
        }
    `;
}

export const PAST_TASKS_QUERY = gql`
    query maSuggestionTasks($ids: [ID], $after: String) {
        uiapi {
            query {
                Task(where: { WhoId: { in: $ids } }, first: 2000, after: $after, upperBound: 10000) {
                    edges {
                        node {
                            Id
                            WhoId {
                                value
                            }
                            Subject {
                                value
                            }
                            Type {
                                value
                            }
                            ActivityDate {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
            }
        }
    }
`;

export const PAST_CAMPAIGN_MEMBERS_QUERY = gql`
    query maSuggestionCampaignMembers($ids: [ID], $after: String) {
        uiapi {
            query {
                CampaignMember(
                    where: { or: [{ LeadId: { in: $ids } }, { ContactId: { in: $ids } }] }
                    first: 2000
                    after: $after
                    upperBound: 10000
                ) {
                    edges {
                        node {
                            Id
                            LeadId {
                                value
                            }
                            ContactId {
                                value
                            }
                            Status {
                                value
                            }
                            CreatedDate {
                                value
                            }
                            Campaign {
                                Name {
                                    value
                                }
                                Type {
                                    value
                                }
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                        endCursor
                    }
                }
            }
        }
    }
`;
