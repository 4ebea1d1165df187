// What the lead record page shows, each part from the core's answer and in
// the core's words and formats: the figures the org stored, the rules behind
// the score, the stage decisions, the handoff clock, and the handoff actions
// the core allows now. Nothing here decides or scores.
import { describeCondition, describeValue, fieldLabel, formatClock, formatScore, localText, t } from 'c/maCore';
import { formatInstant, label } from 'c/maI18n';

const NONE = '—';
const present = (value) => value !== null && value !== undefined && value !== '';

/** The figures the org's engine stored on the record (MA_Score__c ... MA_Evaluated_At__c). */
export function storedFigures(record, lang) {
    const stage = record.MA_Stage__c;
    const status = record.MA_Handoff_Status__c;
    const rows = [
        { id: 'total', name: t(lang, 'figure.score'), value: formatScore(record.MA_Score__c) },
        { id: 'grade', name: t(lang, 'figure.grade'), value: present(record.MA_Grade__c) ? record.MA_Grade__c : NONE },
        { id: 'fit', name: t(lang, 'figure.fit'), value: formatScore(record.MA_Fit__c) },
        { id: 'engagement', name: t(lang, 'figure.engagement'), value: formatScore(record.MA_Engagement__c) },
        { id: 'stored-stage', name: t(lang, 'figure.stage'), value: present(stage) ? t(lang, `stage.${stage}`) : NONE, raw: stage || '' },
        { id: 'stored-handoff', name: label('score.handoffStatus'), value: present(status) ? t(lang, `handoff.status.${status}`) : NONE, raw: status || '' },
        { id: 'mql-at', name: t(lang, 'figure.mqlAt'), value: present(record.MA_MQL_At__c) ? formatInstant(record.MA_MQL_At__c, lang) : NONE },
    ];
    return {
        evaluated: present(record.MA_Evaluated_At__c),
        evaluatedAt: present(record.MA_Evaluated_At__c) ? label('score.evaluatedAt', { at: formatInstant(record.MA_Evaluated_At__c, lang) }) : '',
        rows: rows.map((row) => ({ ...row, termKey: `term-${row.id}`, valueKey: `value-${row.id}` })),
    };
}

/** The score as stageOf reads it: the stored figures (null before the engine stored one). */
export function storedScoreFacts(record) {
    if (!present(record.MA_Score__c)) return undefined;
    const score = { total: record.MA_Score__c };
    if (present(record.MA_Fit__c)) score.fit = record.MA_Fit__c;
    if (present(record.MA_Engagement__c)) score.engagement = record.MA_Engagement__c;
    if (present(record.MA_Grade__c)) score.grade = record.MA_Grade__c;
    return score;
}

/** The rules behind the score (the engine's explanation), labelled from the model. */
export function contributionRows(contributions, model, lang) {
    const rules = [...(model.fit || []), ...(model.engagement || [])];
    return contributions.map((c) => {
        const rule = rules.find((r) => r.id === c.rule);
        return {
            key: `${c.kind}-${c.rule}`,
            rule: rule && rule.label ? localText(rule.label, lang) : c.rule,
            kind: label(`score.kind.${c.kind}`),
            points: formatScore(c.points),
            events: c.events ? String(c.events.length) : NONE,
        };
    });
}

/** The stage the agreed set decides, with each decision and the criteria behind it. */
export function stageView(s, lang) {
    return {
        value: s.stage,
        text: t(lang, `stage.${s.stage}`),
        version: label('stage.version', { version: s.definitionVersion }),
        decisions: s.decidedBy.map((d) => ({
            key: d.stage,
            stage: t(lang, `stage.${d.stage}`),
            result: d.passed ? label('stage.passed') : label('stage.notPassed'),
            description: d.description,
            criteria: d.criteria.map((c, index) => ({
                key: `${d.stage}-${index}`,
                text: `${describeCondition({ field: c.field, op: c.op, value: c.value }, lang)}: ${label('stage.actual', {
                    field: fieldLabel(c.field, lang),
                    value: c.actual === null || c.actual === undefined ? NONE : describeValue(c.actual, lang),
                })} ${c.passed ? '✓' : '✗'}`,
            })),
        })),
    };
}

const BADGE = { breached: 'slds-theme_error', 'at-risk': 'slds-theme_warning' };

/** The handoff clock now: status, time left or overdue, the due time and the next step. */
export function handoffView(h, lang) {
    return {
        status: h.status,
        text: t(lang, `handoff.status.${h.status}`),
        clock: formatClock(h, lang),
        due: h.firstTouchDueAt ? label('handoff.due', { at: formatInstant(h.firstTouchDueAt, lang) }) : '',
        next: h.nextAction.text,
        badgeClass: BADGE[h.status] || '',
    };
}

const VARIANT = { accept: 'brand', reject: 'destructive', recycle: 'neutral' };

/**
 * The buttons of the core's handoff actions: each disabled when the core
 * does not allow it (its reason said once below them), while a write runs,
 * and a rejection until a reason is chosen.
 */
export function actionButtons(options, { busy, reason, lang }) {
    const buttons = options.actions.map((a) => ({
        action: a.action,
        label: t(lang, `handoff.action.${a.action}`),
        variant: VARIANT[a.action],
        disabled: busy || !a.allowed || (a.action === 'reject' && !reason),
    }));
    const reject = options.actions.find((a) => a.action === 'reject');
    return {
        buttons,
        canReject: !!reject && reject.allowed,
        reasons: options.reasons.map((r) => ({ label: r.label, value: r.id })),
        why: [...new Set(options.actions.filter((a) => !a.allowed).map((a) => a.why))].filter(Boolean).join(' '),
        countsAsFirstTouch: options.actions.some((a) => a.allowed && a.countsAsFirstTouch),
    };
}
