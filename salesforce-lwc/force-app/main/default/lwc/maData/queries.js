// The GraphQL queries of the MA components, one per component job. Each
// names its operation (`query maX`) so tests and the workbench can tell them
// apart; none uses interpolation (lightning/graphql parses them statically).
import { gql } from 'lightning/graphql';

export const PROGRAMS_QUERY = gql`
    query maPrograms {
        uiapi {
            query {
                MA_Program__c(first: 200, orderBy: { Name: { order: ASC } }) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

export const DIAGNOSES_QUERY = gql`
    query maDiagnoses($programId: ID) {
        uiapi {
            query {
                MA_Diagnosis__c(
                    where: { Program__c: { eq: $programId } }
                    orderBy: { Taken_At__c: { order: DESC } }
                    first: 50
                ) {
                    edges {
                        node {
                            Id
                            Answers__c {
                                value
                            }
                            Respondents__c {
                                value
                            }
                            Level__c {
                                value
                            }
                            Taken_At__c {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

export const PLAN_QUERY = gql`
    query maPlan($programId: ID) {
        uiapi {
            query {
                MA_Program__c(where: { Id: { eq: $programId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Target_Level__c {
                                value
                            }
                        }
                    }
                }
                MA_Diagnosis__c(
                    where: { Program__c: { eq: $programId } }
                    orderBy: { Taken_At__c: { order: DESC } }
                    first: 1
                ) {
                    edges {
                        node {
                            Id
                            Answers__c {
                                value
                            }
                            Respondents__c {
                                value
                            }
                            Taken_At__c {
                                value
                            }
                        }
                    }
                }
                MA_Task__c(where: { Program__c: { eq: $programId } }, first: 200) {
                    edges {
                        node {
                            Id
                            Task_Key__c {
                                value
                            }
                            Title__c {
                                value
                            }
                            Transition__c {
                                value
                            }
                            Checklist_Items__c {
                                value
                            }
                            Owner_Role__c {
                                value
                            }
                            Status__c {
                                value
                            }
                            Due_Date__c {
                                value
                            }
                            Depends_On__c {
                                value
                            }
                            Acceptance_Criteria__c {
                                value
                            }
                            LastModifiedDate {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

export const DEFINITIONS_QUERY = gql`
    query maDefinitions($programId: ID) {
        uiapi {
            query {
                MA_Program__c(where: { Id: { eq: $programId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Current_Definition_Set__c {
                                value
                            }
                            Scoring_Model__c {
                                value
                            }
                            LastModifiedDate {
                                value
                            }
                        }
                    }
                }
                MA_Definition_Set__c(
                    where: { Program__c: { eq: $programId } }
                    orderBy: { Version__c: { order: DESC } }
                    first: 20
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Version__c {
                                value
                            }
                            State__c {
                                value
                            }
                            Definitions__c {
                                value
                            }
                            Previous_Version__c {
                                value
                            }
                            LastModifiedDate {
                                value
                            }
                            Sign_Offs__r(first: 50) {
                                edges {
                                    node {
                                        Id
                                        Role__c {
                                            value
                                        }
                                        Version__c {
                                            value
                                        }
                                        Signed_At__c {
                                            value
                                        }
                                        Comment__c {
                                            value
                                        }
                                        Signed_By__c {
                                            value
                                        }
                                        Signed_By__r {
                                            Name {
                                                value
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
`;

export const LEAD_CONTEXT_QUERY = gql`
    query maLeadContext($programId: ID) {
        uiapi {
            query {
                MA_Program__c(where: { Id: { eq: $programId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Scoring_Model__c {
                                value
                            }
                            Handoff_Rules__c {
                                value
                            }
                            Field_Mapping__c {
                                value
                            }
                            Current_Definition_Set__r {
                                Id
                                Version__c {
                                    value
                                }
                                Definitions__c {
                                    value
                                }
                            }
                        }
                    }
                }
            }
        }
    }
`;

// The engagement a score counts, one query per object: activity and campaign
// access come from the users' profiles, so a user without one still sees the
// score from the other and a note, not an error in place of the score.
export const LEAD_TASKS_QUERY = gql`
    query maLeadTasks($recordId: ID) {
        uiapi {
            query {
                Task(where: { WhoId: { eq: $recordId } }, orderBy: { ActivityDate: { order: DESC } }, first: 200) {
                    edges {
                        node {
                            Id
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
                }
            }
        }
    }
`;

export const LEAD_CAMPAIGN_MEMBERS_QUERY = gql`
    query maLeadCampaignMembers($recordId: ID) {
        uiapi {
            query {
                CampaignMember(
                    where: { or: [{ LeadId: { eq: $recordId } }, { ContactId: { eq: $recordId } }] }
                    first: 200
                ) {
                    edges {
                        node {
                            Id
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
                }
            }
        }
    }
`;

/**
 * Funnel KPIs need each lead's dated steps (SLA, rates per month and per
 * definition version), which aggregate queries cannot give: the most recent
 * 2,000 Leads and Contacts of one MA program (GraphQL's page limit; more than
 * that is shown as a sample), and the program's handoff rules (the SLA the
 * first touch is measured against).
 */
export const FUNNEL_QUERY = gql`
    query maFunnel($programId: ID) {
        uiapi {
            query {
                MA_Program__c(where: { Id: { eq: $programId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Handoff_Rules__c {
                                value
                            }
                        }
                    }
                }
                Lead(
                    where: { MA_Program__c: { eq: $programId } }
                    orderBy: { CreatedDate: { order: DESC } }
                    first: 2000
                ) {
                    edges {
                        node {
                            Id
                            MA_MQL_At__c {
                                value
                            }
                            MA_Assigned_At__c {
                                value
                            }
                            MA_First_Touch_At__c {
                                value
                            }
                            MA_SAL_At__c {
                                value
                            }
                            MA_SAL_Rejected_At__c {
                                value
                            }
                            MA_Reject_Reason__c {
                                value
                            }
                            MA_Recycled_At__c {
                                value
                            }
                            MA_SQL_At__c {
                                value
                            }
                            MA_Opportunity_At__c {
                                value
                            }
                            MA_Won_At__c {
                                value
                            }
                            MA_Lost_At__c {
                                value
                            }
                            MA_Definition_Version__c {
                                value
                            }
                            LeadSource {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                    }
                }
                Contact(
                    where: { MA_Program__c: { eq: $programId } }
                    orderBy: { CreatedDate: { order: DESC } }
                    first: 2000
                ) {
                    edges {
                        node {
                            Id
                            MA_MQL_At__c {
                                value
                            }
                            MA_Assigned_At__c {
                                value
                            }
                            MA_First_Touch_At__c {
                                value
                            }
                            MA_SAL_At__c {
                                value
                            }
                            MA_SAL_Rejected_At__c {
                                value
                            }
                            MA_Reject_Reason__c {
                                value
                            }
                            MA_Recycled_At__c {
                                value
                            }
                            MA_SQL_At__c {
                                value
                            }
                            MA_Opportunity_At__c {
                                value
                            }
                            MA_Won_At__c {
                                value
                            }
                            MA_Lost_At__c {
                                value
                            }
                            MA_Definition_Version__c {
                                value
                            }
                            LeadSource {
                                value
                            }
                        }
                    }
                    pageInfo {
                        hasNextPage
                    }
                }
            }
        }
    }
`;
