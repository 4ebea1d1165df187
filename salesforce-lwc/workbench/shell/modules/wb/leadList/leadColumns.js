// The columns the lead list can show, by the names list views use (FULL_NAME
// and field API names): how each is queried, headed, shown and sorted. Figure
// names, stages, statuses, scores and reasons are the core's words; the
// header of a column the shell does not know is its API name, so a new list
// view column shows up rather than vanishing (a test keeps every shipped view
// covered).
import { formatScore, localText, rejectReason, t } from 'c/maCore';

const TEXT = {
    ja: {
        name: '氏名', company: '会社', source: 'リードソース', handoffStatus: '引き渡し状況', firstTouchDue: '初回接触の期限',
        escalationStep: 'エスカレーション段階', recycledAt: 'ナーチャリングへ戻した日時', recycleReason: '戻した理由', program: 'MAプログラム', owner: '所有者',
    },
    en: {
        name: 'Name', company: 'Company', source: 'Lead source', handoffStatus: 'Handoff status', firstTouchDue: 'First touch due',
        escalationStep: 'Escalation step', recycledAt: 'Recycled at', recycleReason: 'Recycle reason', program: 'MA program', owner: 'Owner',
    },
};

const NONE = '—';
const value = (node, field) => (node[field] ? node[field].value : null);
const display = (node, field) => (node[field] ? node[field].displayValue || node[field].value || NONE : NONE);
const instant = (lang) => (node, field) => {
    const v = value(node, field);
    return v ? new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(v)) : NONE;
};

/** The column definitions in `lang`: { query, header, cell(node), sort }. */
export function columnsIn(lang) {
    const text = TEXT[lang];
    const at = instant(lang);
    return {
        FULL_NAME: { field: 'Name', query: 'Name { value }', header: text.name, cell: (n) => value(n, 'Name'), sort: 'Name', link: true },
        Company: { field: 'Company', query: 'Company { value }', header: text.company, cell: (n) => value(n, 'Company') || NONE, sort: 'Company' },
        LeadSource: { field: 'LeadSource', query: 'LeadSource { value displayValue }', header: text.source, cell: (n) => display(n, 'LeadSource') },
        MA_Score__c: { field: 'MA_Score__c', query: 'MA_Score__c { value }', header: t(lang, 'figure.score'), cell: (n) => formatScore(value(n, 'MA_Score__c')), sort: 'MA_Score__c' },
        MA_Grade__c: { field: 'MA_Grade__c', query: 'MA_Grade__c { value }', header: t(lang, 'figure.grade'), cell: (n) => value(n, 'MA_Grade__c') || NONE, sort: 'MA_Grade__c' },
        MA_Stage__c: {
            field: 'MA_Stage__c',
            query: 'MA_Stage__c { value }',
            header: t(lang, 'figure.stage'),
            cell: (n) => (value(n, 'MA_Stage__c') ? t(lang, `stage.${value(n, 'MA_Stage__c')}`) : NONE),
            sort: 'MA_Stage__c',
        },
        MA_Handoff_Status__c: {
            field: 'MA_Handoff_Status__c',
            query: 'MA_Handoff_Status__c { value }',
            header: text.handoffStatus,
            cell: (n) => (value(n, 'MA_Handoff_Status__c') ? t(lang, `handoff.status.${value(n, 'MA_Handoff_Status__c')}`) : NONE),
            sort: 'MA_Handoff_Status__c',
        },
        MA_MQL_At__c: { field: 'MA_MQL_At__c', query: 'MA_MQL_At__c { value }', header: t(lang, 'figure.mqlAt'), cell: (n) => at(n, 'MA_MQL_At__c'), sort: 'MA_MQL_At__c' },
        MA_First_Touch_Due_At__c: { field: 'MA_First_Touch_Due_At__c', query: 'MA_First_Touch_Due_At__c { value }', header: text.firstTouchDue, cell: (n) => at(n, 'MA_First_Touch_Due_At__c'), sort: 'MA_First_Touch_Due_At__c' },
        MA_Escalation_Step__c: { field: 'MA_Escalation_Step__c', query: 'MA_Escalation_Step__c { value }', header: text.escalationStep, cell: (n) => String(value(n, 'MA_Escalation_Step__c') ?? NONE), sort: 'MA_Escalation_Step__c' },
        MA_Recycled_At__c: { field: 'MA_Recycled_At__c', query: 'MA_Recycled_At__c { value }', header: text.recycledAt, cell: (n) => at(n, 'MA_Recycled_At__c'), sort: 'MA_Recycled_At__c' },
        MA_Recycle_Reason__c: {
            field: 'MA_Recycle_Reason__c',
            query: 'MA_Recycle_Reason__c { value }',
            header: text.recycleReason,
            cell: (n) => {
                const reason = value(n, 'MA_Recycle_Reason__c');
                const known = reason ? rejectReason(reason) : null;
                return known ? localText(known.label, lang) : reason || NONE;
            },
        },
        MA_Program__c: { field: 'MA_Program__c', query: 'MA_Program__c { value displayValue }', header: text.program, cell: (n) => display(n, 'MA_Program__c') },
        OwnerId: { field: 'OwnerId', query: 'OwnerId { value displayValue }', header: text.owner, cell: (n) => display(n, 'OwnerId') },
    };
}

/** What "all leads" shows: the list's own view, sorted by score like the MQL queue. */
export const ALL_LEADS_COLUMNS = ['FULL_NAME', 'Company', 'LeadSource', 'MA_Score__c', 'MA_Grade__c', 'MA_Stage__c', 'MA_Handoff_Status__c', 'MA_MQL_At__c', 'OwnerId'];
