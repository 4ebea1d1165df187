import { LightningElement, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { lang } from 'wb/session';

const TEXT = {
    ja: {
        heading: 'リード',
        caption: 'スコアの高い順 (最大 200 件)',
        name: '氏名', company: '会社', source: 'リードソース', score: 'スコア', grade: 'グレード', milestone: '記録上の最新段階',
        loading: '読み込み中…', empty: 'リードがありません。', count: '{n} 件中 {shown} 件を表示',
    },
    en: {
        heading: 'Leads',
        caption: 'Highest score first (up to 200)',
        name: 'Name', company: 'Company', source: 'Lead source', score: 'Score', grade: 'Grade', milestone: 'Latest recorded milestone',
        loading: 'Loading…', empty: 'No leads.', count: 'Showing {shown} of {n}',
    },
};

// Milestones in funnel order, latest wins; the list shows what is recorded, the
// lead's page shows the stage the core decides.
const MILESTONES = [
    ['MA_MQL_At__c', 'MQL'], ['MA_SAL_At__c', 'SAL'], ['MA_SAL_Rejected_At__c', 'SAL ✕'], ['MA_Recycled_At__c', '↺'],
    ['MA_SQL_At__c', 'SQL'], ['MA_Opportunity_At__c', 'Opp'], ['MA_Won_At__c', 'Won'], ['MA_Lost_At__c', 'Lost'],
];

const LEADS_QUERY = gql`
    query wbLeads {
        uiapi {
            query {
                Lead(first: 200, orderBy: { MA_Score__c: { order: DESC, nulls: LAST } }) {
                    totalCount
                    edges {
                        node {
                            Id
                            Name { value }
                            Company { value }
                            LeadSource { value displayValue }
                            MA_Score__c { value }
                            MA_Grade__c { value }
                            MA_MQL_At__c { value }
                            MA_SAL_At__c { value }
                            MA_SAL_Rejected_At__c { value }
                            MA_Recycled_At__c { value }
                            MA_SQL_At__c { value }
                            MA_Opportunity_At__c { value }
                            MA_Won_At__c { value }
                            MA_Lost_At__c { value }
                        }
                    }
                }
            }
        }
    }
`;

/** The lead list (what a list view would show), each name a link to the lead's record page. */
export default class LeadList extends LightningElement {
    text = TEXT[lang];
    rows = [];
    total = 0;
    errors;
    loaded = false;

    @wire(graphql, { query: LEADS_QUERY })
    wiredLeads({ data, errors }) {
        if (errors) {
            this.errors = errors.map((e) => e.message).join(' / ');
            this.loaded = true;
        } else if (data) {
            const connection = data.uiapi.query.Lead;
            this.total = connection.totalCount;
            this.rows = connection.edges.map(({ node }) => ({
                id: node.Id,
                href: `#/lead/${node.Id}`,
                name: node.Name.value,
                company: node.Company.value,
                source: node.LeadSource.displayValue || node.LeadSource.value || '',
                score: node.MA_Score__c.value === null ? '—' : String(node.MA_Score__c.value),
                grade: node.MA_Grade__c.value || '—',
                milestone: latestMilestone(node),
            }));
            this.loaded = true;
        }
    }

    get isLoading() {
        return !this.loaded;
    }

    get isEmpty() {
        return this.loaded && !this.errors && this.rows.length === 0;
    }

    get hasRows() {
        return this.rows.length > 0;
    }

    get countText() {
        return this.text.count.replace('{n}', String(this.total)).replace('{shown}', String(this.rows.length));
    }
}

function latestMilestone(node) {
    let latest = null;
    for (const [field, label] of MILESTONES) {
        const at = node[field] && node[field].value;
        if (at && (!latest || at >= latest.at)) latest = { at, label };
    }
    return latest ? `${latest.label} (${latest.at.slice(0, 10)})` : '—';
}
