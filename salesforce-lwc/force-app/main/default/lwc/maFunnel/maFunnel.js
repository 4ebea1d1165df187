import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { funnelKpis, formatMinutes, formatRate, rejectReason, localText, t } from 'c/maCore';
import { FUNNEL_QUERY, nodes, val, hasMore, nowIso, parseJsonField, refreshResult } from 'c/maData';
import { label, lang, formatCount } from 'c/maI18n';
import { ratesChart, stepsChart } from './funnelCharts';

const COUNTS = ['mql', 'sal', 'sql', 'opportunities', 'won'];
const RATES = ['mqlToSqlRate', 'opportunityRate', 'winRate', 'slaCompliance'];

/** One Lead or Contact node as the core's lead facts. */
function factsOf(node) {
    return {
        id: node.Id,
        mqlAt: val(node, 'MA_MQL_At__c'),
        assignedAt: val(node, 'MA_Assigned_At__c'),
        firstTouchAt: val(node, 'MA_First_Touch_At__c'),
        salAt: val(node, 'MA_SAL_At__c'),
        salRejectedAt: val(node, 'MA_SAL_Rejected_At__c'),
        rejectReason: val(node, 'MA_Reject_Reason__c'),
        recycledAt: val(node, 'MA_Recycled_At__c'),
        sqlAt: val(node, 'MA_SQL_At__c'),
        opportunityAt: val(node, 'MA_Opportunity_At__c'),
        wonAt: val(node, 'MA_Won_At__c'),
        lostAt: val(node, 'MA_Lost_At__c'),
        definitionVersion: val(node, 'MA_Definition_Version__c'),
        source: val(node, 'LeadSource'),
    };
}

/**
 * Funnel KPIs of one MA program's leads and contacts: MQL count, MQL->SQL,
 * 商談化率 (opportunity rate), 受注率 (win rate), SLA compliance against the
 * program's agreed first-touch SLA (its handoff rules) and SAL rejections by
 * reason, overall, per month and per definition version.
 */
export default class MaFunnel extends LightningElement {
    programId;
    leads = [];
    handoff;
    sampled = false;
    loaded = false;
    errors;
    wiredResult;

    get query() {
        return this.programId ? FUNNEL_QUERY : undefined;
    }

    get variables() {
        return { programId: this.programId };
    }

    handleProgramChange(event) {
        if (event.detail.programId === this.programId) return;
        this.programId = event.detail.programId;
        this.loaded = false;
    }

    @wire(graphql, { query: '$query', variables: '$variables' })
    wiredFunnel(result) {
        this.wiredResult = result;
        const { data, errors } = result;
        if (errors) {
            this.errors = errors;
            this.loaded = true;
        } else if (data) {
            this.errors = undefined;
            const program = nodes(data, 'MA_Program__c')[0];
            // No rules stored: the core's defaults, as the org's engine reads them.
            const rules = parseJsonField(program ? val(program, 'Handoff_Rules__c') : null);
            this.handoff = rules === null ? undefined : rules;
            this.leads = [...nodes(data, 'Lead'), ...nodes(data, 'Contact')].map(factsOf);
            this.sampled = hasMore(data, 'Lead') || hasMore(data, 'Contact');
            this.loaded = true;
        }
    }

    get isLoading() {
        return !!this.programId && !this.loaded;
    }

    get ready() {
        return this.loaded && !this.errors;
    }

    get isEmpty() {
        return this.ready && this.leads.length === 0;
    }

    get result() {
        if (!this.ready || this.leads.length === 0) return null;
        return funnelKpis({ leads: this.leads }, { asOf: nowIso(), handoff: this.handoff });
    }

    get kpis() {
        const result = this.result;
        return result && result.ok ? result.value : null;
    }

    get issues() {
        const result = this.result;
        return result && !result.ok ? result.issues : null;
    }

    get tiles() {
        const k = this.kpis;
        const counts = COUNTS.map((key) => ({ key, id: `kpi-${key}`, title: t(lang, `kpi.${key}`), value: formatCount(k[key]) }));
        const rates = RATES.map((key) => ({ key, id: `kpi-${key}`, title: t(lang, `kpi.${key}`), value: formatRate(k[key]) }));
        return [
            ...counts,
            ...rates,
            {
                key: 'median',
                id: 'kpi-medianMinutesToFirstTouch',
                title: t(lang, 'kpi.medianMinutesToFirstTouch'),
                value: formatMinutes(k.medianMinutesToFirstTouch, lang),
            },
        ];
    }

    rows(sections, keyOf) {
        return sections.map((s) => ({
            key: String(keyOf(s)),
            name: String(keyOf(s)),
            mql: formatCount(s.mql),
            sql: formatCount(s.sql),
            mqlToSqlRate: formatRate(s.mqlToSqlRate),
            opportunityRate: formatRate(s.opportunityRate),
            winRate: formatRate(s.winRate),
            slaCompliance: formatRate(s.slaCompliance),
        }));
    }

    get steps() {
        return stepsChart(this.kpis);
    }

    /** The funnel by month and, when leads carry it, by definition version: a chart and a table each, same columns. */
    get breakdowns() {
        const month = (s) => s.month;
        const version = (s) => label('funnel.versionName', { version: s.version });
        const tables = [
            {
                id: 'by-month',
                chartName: 'by-month',
                heading: label('funnel.byMonth'),
                firstColumn: label('funnel.month'),
                rows: this.rows(this.kpis.byMonth, month),
                chart: ratesChart(this.kpis.byMonth, month, { type: 'line', categoryTitle: label('funnel.month'), summaryKey: 'funnel.byMonthSummary' }),
            },
        ];
        if (this.kpis.byDefinitionVersion.length > 0) {
            tables.push({
                id: 'by-version',
                chartName: 'by-version',
                heading: label('funnel.byVersion'),
                firstColumn: label('funnel.version'),
                rows: this.rows(this.kpis.byDefinitionVersion, version),
                chart: ratesChart(this.kpis.byDefinitionVersion, version, { type: 'bar', categoryTitle: label('funnel.version'), summaryKey: 'funnel.byVersionSummary' }),
            });
        }
        return tables;
    }

    get rejections() {
        return this.kpis.salRejectionsByReason.map((r) => {
            const reason = rejectReason(r.reason);
            return {
                key: r.reason,
                reason: reason ? localText(reason.label, lang) : r.reason,
                group: r.group ? t(lang, `rejectGroup.${r.group}`) : '—',
                count: String(r.count),
            };
        });
    }

    get hasRejections() {
        return this.rejections.length > 0;
    }

    get sampleNote() {
        return label('funnel.sample', { count: this.leads.length });
    }

    /** The SLA the first touch is measured against: the program's agreed rules, never typed here. */
    get slaText() {
        return label('funnel.slaFromRules', { time: formatMinutes(this.kpis.slaMinutes, lang) });
    }

    handleRefresh() {
        return refreshResult(this.wiredResult);
    }

    get labels() {
        return {
            title: label('funnel.title'),
            loading: label('state.loading'),
            empty: label('funnel.empty'),
            steps: label('funnel.steps'),
            step: label('funnel.step'),
            conversion: label('funnel.conversionHeader'),
            refresh: label('action.reload'),
            overall: label('funnel.overall'),
            rejections: label('funnel.rejections'),
            reason: label('funnel.reason'),
            group: label('funnel.group'),
            count: label('funnel.count'),
            noRejections: label('funnel.noRejections'),
            mql: t(lang, 'kpi.mql'),
            sql: t(lang, 'kpi.sql'),
            mqlToSqlRate: t(lang, 'kpi.mqlToSqlRate'),
            opportunityRate: t(lang, 'kpi.opportunityRate'),
            winRate: t(lang, 'kpi.winRate'),
            slaCompliance: t(lang, 'kpi.slaCompliance'),
            invalid: label('error.invalidData'),
        };
    }
}
