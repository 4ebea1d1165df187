import { LightningElement, wire } from 'lwc';
import { gql, graphql } from 'lightning/graphql';
import { lang, listViews } from 'wb/session';
import { ALL_LEADS_COLUMNS, columnsIn } from './leadColumns';

const TEXT = {
    ja: {
        heading: 'リード',
        view: 'リストビュー',
        all: 'すべてのリード',
        caption: '{view}: {column}の{order} (最大 200 件)',
        desc: '降順', asc: '昇順',
        sortBy: '{column}で並べ替え',
        loading: '読み込み中…', empty: 'このリストビューに該当するリードはありません。', count: '{n} 件中 {shown} 件を表示',
    },
    en: {
        heading: 'Leads',
        view: 'List view',
        all: 'All leads',
        caption: '{view}: by {column}, {order} (up to 200)',
        desc: 'descending', asc: 'ascending',
        sortBy: 'Sort by {column}',
        loading: 'Loading…', empty: 'No lead is in this list view.', count: 'Showing {shown} of {n}',
    },
};

const fill = (template, params) => template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
const DEFAULT_SORT = { field: 'MA_Score__c', order: 'DESC' };

/**
 * The lead list, as the org's list views show it: "all leads" and force-app's
 * list views for Lead (MQL queue by score, SLA breached, recycled to nurture),
 * each with its columns and filters from the metadata, sorted by the engine's
 * stored fields (score first by default; a column header sorts by it), each
 * name a link to the lead's record page. The query filters and sorts in the
 * org, as a list view does.
 */
export default class LeadList extends LightningElement {
    text = TEXT[lang];
    columns = columnsIn(lang);
    views = [{ name: 'all', label: TEXT[lang].all, columns: ALL_LEADS_COLUMNS, filters: [] }, ...(listViews.Lead || [])];
    viewName = 'all';
    sort = DEFAULT_SORT;
    rows = [];
    total = 0;
    errors;
    loaded = false;

    get view() {
        return this.views.find((v) => v.name === this.viewName) || this.views[0];
    }

    get viewOptions() {
        return this.views.map((v) => ({ value: v.name, label: v.label, selected: v.name === this.viewName }));
    }

    get shownColumns() {
        return this.view.columns.map((name) => this.columns[name] || { field: null, query: null, header: name, cell: () => '—' });
    }

    /** The view's query: its filters as `where`, the chosen sort (nulls last), and every column it shows. */
    get query() {
        const selected = new Set(['Name { value }', ...this.shownColumns.map((c) => c.query).filter(Boolean)]);
        const where = this.view.filters.map((f) => `{ ${f.field}: { ${f.operator}: ${JSON.stringify(f.value)} } }`);
        const whereArg = where.length > 0 ? `, where: { and: [${where.join(', ')}] }` : '';
        const order = `orderBy: { ${this.sort.field}: { order: ${this.sort.order}, nulls: LAST }${this.sort.field === 'Name' ? '' : ', Name: { order: ASC }'} }`;
        return gql`
            query wbLeads {
                uiapi {
                    query {
                        Lead(first: 200${whereArg}, ${order}) {
                            totalCount
                            edges { node { Id ${[...selected].join(' ')} } }
                        }
                    }
                }
            }
        `;
    }

    @wire(graphql, { query: '$query' })
    wiredLeads({ data, errors }) {
        if (errors) {
            this.errors = errors.map((e) => e.message).join(' / ');
            this.loaded = true;
        } else if (data) {
            this.errors = undefined;
            const connection = data.uiapi.query.Lead;
            this.total = connection.totalCount;
            this.rows = connection.edges.map(({ node }) => ({
                id: node.Id,
                cells: this.shownColumns.map((c, i) => ({ key: `${node.Id}-${i}`, text: c.cell(node), link: c.link ? `#/lead/${node.Id}` : null })),
            }));
            this.loaded = true;
        }
    }

    get headers() {
        return this.shownColumns.map((c, i) => {
            const sorted = c.sort && c.sort === this.sort.field;
            return {
                key: `h-${i}`,
                label: c.header,
                sortable: Boolean(c.sort),
                field: c.sort || '',
                ariaSort: sorted ? (this.sort.order === 'DESC' ? 'descending' : 'ascending') : 'none',
                arrow: sorted ? (this.sort.order === 'DESC' ? '▼' : '▲') : '',
                sortLabel: fill(this.text.sortBy, { column: c.header }),
            };
        });
    }

    get caption() {
        const column = Object.values(this.columns).find((c) => c.sort === this.sort.field);
        return fill(this.text.caption, { view: this.view.label, column: column ? column.header : this.sort.field, order: this.sort.order === 'DESC' ? this.text.desc : this.text.asc });
    }

    handleView(event) {
        this.viewName = event.target.value;
        this.loaded = false;
    }

    /** A header sorts by its column: descending first, again for ascending. */
    handleSort(event) {
        const field = event.currentTarget.dataset.field;
        this.sort = { field, order: this.sort.field === field && this.sort.order === 'DESC' ? 'ASC' : 'DESC' };
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
        return fill(this.text.count, { n: this.total, shown: this.rows.length });
    }
}
