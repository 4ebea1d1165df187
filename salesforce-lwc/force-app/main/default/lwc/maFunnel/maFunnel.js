import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { funnelKpis, rejectReason, localText, t } from 'c/maCore';
import { FUNNEL_QUERY, nodes, val, hasMore, nowIso, refreshResult } from 'c/maData';
import { label, lang, formatCount, formatPercent } from 'c/maI18n';
import { ratesChart, stepsChart } from './funnelCharts';

const DEFAULT_SLA_MINUTES = 60;
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

/** Minutes with one decimal ("44.5"); null as an em dash. */
function formatMinutesValue(minutes) {
    return minutes === null || minutes === undefined ? '—' : String(Math.round(minutes * 10) / 10);
}

/**
 * Funnel KPIs of the MA leads: MQL count, MQL->SQL, 商談化率 (opportunity
 * rate), 受注率 (win rate), SLA compliance and SAL rejections by reason,
 * overall, per month and per definition version.
 */
export default class MaFunnel extends LightningElement {
    leads = [];
    sampled = false;
    loaded = false;
    errors;
    slaMinutes = DEFAULT_SLA_MINUTES;
    wiredResult;

    @wire(graphql, { query: FUNNEL_QUERY })
    wiredFunnel(result) {
        this.wiredResult = result;
        const { data, errors } = result;
        if (errors) {
            this.errors = errors;
            this.loaded = true;
        } else if (data) {
            this.errors = undefined;
            this.leads = [...nodes(data, 'Lead'), ...nodes(data, 'Contact')].map(factsOf);
            this.sampled = hasMore(data, 'Lead') || hasMore(data, 'Contact');
            this.loaded = true;
        }
    }

    get isLoading() {
        return !this.loaded;
    }

    get ready() {
        return this.loaded && !this.errors;
    }

    get isEmpty() {
        return this.ready && this.leads.length === 0;
    }

    get slaValid() {
        return Number.isFinite(this.slaMinutes) && this.slaMinutes > 0;
    }

    get result() {
        if (!this.ready || this.leads.length === 0 || !this.slaValid) return null;
        return funnelKpis({ leads: this.leads }, { asOf: nowIso(), slaMinutes: this.slaMinutes });
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
        const rates = RATES.map((key) => ({ key, id: `kpi-${key}`, title: t(lang, `kpi.${key}`), value: formatPercent(k[key]) }));
        return [
            ...counts,
            ...rates,
            {
                key: 'median',
                id: 'kpi-medianMinutesToFirstTouch',
                title: t(lang, 'kpi.medianMinutesToFirstTouch'),
                value: formatMinutesValue(k.medianMinutesToFirstTouch),
            },
        ];
    }

    rows(sections, keyOf) {
        return sections.map((s) => ({
            key: String(keyOf(s)),
            name: String(keyOf(s)),
            mql: formatCount(s.mql),
            sql: formatCount(s.sql),
            mqlToSqlRate: formatPercent(s.mqlToSqlRate),
            opportunityRate: formatPercent(s.opportunityRate),
            winRate: formatPercent(s.winRate),
            slaCompliance: formatPercent(s.slaCompliance),
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

    handleSla(event) {
        this.slaMinutes = Number(event.target.value);
    }

    handleRefresh() {
        return refreshResult(this.wiredResult);
    }

    get labels() {
        return {
            title: label('funnel.title'),
            loading: label('state.loading'),
            empty: label('funnel.empty'),
            sla: label('funnel.sla'),
            slaPlaceholder: label('funnel.slaPlaceholder'),
            steps: label('funnel.steps'),
            step: label('funnel.step'),
            conversion: label('funnel.conversion'),
            slaInvalid: label('funnel.slaInvalid'),
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
