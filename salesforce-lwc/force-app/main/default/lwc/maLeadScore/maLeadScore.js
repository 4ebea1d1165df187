import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getRecord, updateRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import {
    parseScoringModel,
    scoreLead,
    stageOf,
    handoffStatus,
    DEFAULT_HANDOFF_RULES,
    offeredRejectReasons,
    localText,
    describeCondition,
    describeValue,
    fieldLabel,
    t,
} from 'c/maCore';
import {
    LEAD_CONTEXT_QUERY,
    LEAD_TASKS_QUERY,
    LEAD_CAMPAIGN_MEMBERS_QUERY,
    nodes,
    val,
    parseJsonField,
    nowIso,
    unmodifiedSince,
    refreshResult,
} from 'c/maData';
import { label, lang, formatScore, formatInstant, formatMinutes } from 'c/maI18n';
import { parseFieldMapping, scoringLead, leadFacts, HANDOFF_FIELDS } from 'c/maLeadInput';

const CLOCK_TICK_MS = 60000;

/**
 * On a Lead or Contact: fit, engagement, total and grade with the rules that
 * make them, the stage under the agreed definitions, and the handoff clock
 * with accept (SAL) / reject with a reason / recycle.
 */
export default class MaLeadScore extends LightningElement {
    @api recordId;
    @api objectApiName;

    record;
    recordErrors;
    context;
    contextErrors;
    contextLoaded = false;
    contextResult;
    // Engagement, per source: { loaded, rows, unavailable } (unavailable when the user may not read that object).
    tasks = { loaded: false, rows: [], unavailable: false };
    tasksResult;
    members = { loaded: false, rows: [], unavailable: false };
    membersResult;
    now = nowIso();
    reason;
    writeErrors;
    busy = false;
    timer;

    connectedCallback() {
        // The handoff clock moves while the page is open.
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.timer = setInterval(() => {
            this.now = nowIso();
        }, CLOCK_TICK_MS);
    }

    disconnectedCallback() {
        clearInterval(this.timer);
    }

    get objectName() {
        return this.objectApiName || 'Lead';
    }

    get fields() {
        return HANDOFF_FIELDS.map((f) => `${this.objectName}.${f}`);
    }

    get optionalFields() {
        const mapped = this.context ? Object.values(this.context.mapping.fields) : [];
        return ['LeadSource', ...mapped].map((f) => `${this.objectName}.${f}`);
    }

    @wire(getRecord, { recordId: '$recordId', fields: '$fields', optionalFields: '$optionalFields' })
    wiredRecord({ data, error }) {
        if (error) {
            this.recordErrors = error;
        } else if (data) {
            this.recordErrors = undefined;
            const values = {};
            Object.entries(data.fields || {}).forEach(([name, cell]) => {
                values[name] = cell ? cell.value : null;
            });
            this.record = values;
        }
    }

    get programId() {
        return this.record ? this.record.MA_Program__c : undefined;
    }

    get query() {
        return this.programId ? LEAD_CONTEXT_QUERY : undefined;
    }

    get variables() {
        return { programId: this.programId };
    }

    get tasksQuery() {
        return this.programId ? LEAD_TASKS_QUERY : undefined;
    }

    get membersQuery() {
        return this.programId ? LEAD_CAMPAIGN_MEMBERS_QUERY : undefined;
    }

    get engagementVariables() {
        return { recordId: this.recordId };
    }

    @wire(graphql, { query: '$query', variables: '$variables' })
    wiredContext(result) {
        this.contextResult = result;
        const { data, errors } = result;
        if (errors) {
            this.contextErrors = errors;
            this.contextLoaded = true;
        } else if (data) {
            this.contextErrors = undefined;
            const program = nodes(data, 'MA_Program__c')[0] || null;
            const currentSet = program ? program.Current_Definition_Set__r : null;
            this.context = {
                program,
                model: program ? parseJsonField(val(program, 'Scoring_Model__c'), null) : null,
                rules: program ? parseJsonField(val(program, 'Handoff_Rules__c'), DEFAULT_HANDOFF_RULES) : DEFAULT_HANDOFF_RULES,
                mapping: parseFieldMapping(program ? parseJsonField(val(program, 'Field_Mapping__c'), null) : null),
                definitionSet: currentSet ? parseJsonField(val(currentSet, 'Definitions__c'), null) : null,
            };
            this.contextLoaded = true;
        }
    }

    @wire(graphql, { query: '$tasksQuery', variables: '$engagementVariables' })
    wiredTasks(result) {
        this.tasksResult = result;
        this.tasks = engagement(result, 'Task', (n) => ({ Type: val(n, 'Type'), Subject: val(n, 'Subject'), ActivityDate: val(n, 'ActivityDate') }), this.tasks);
    }

    @wire(graphql, { query: '$membersQuery', variables: '$engagementVariables' })
    wiredMembers(result) {
        this.membersResult = result;
        this.members = engagement(
            result,
            'CampaignMember',
            (n) => ({
                Status: val(n, 'Status'),
                CreatedDate: val(n, 'CreatedDate'),
                CampaignType: n.Campaign ? val(n.Campaign, 'Type') : null,
                CampaignName: n.Campaign ? val(n.Campaign, 'Name') : null,
            }),
            this.members
        );
    }

    // ---- states ----

    get isLoading() {
        const waiting = !this.contextLoaded || !this.tasks.loaded || !this.members.loaded;
        return (!this.record && !this.recordErrors) || (!!this.programId && waiting && !this.loadErrors);
    }

    get loadErrors() {
        return this.recordErrors || this.contextErrors;
    }

    get noProgram() {
        return !!this.record && !this.programId;
    }

    get ready() {
        return !!this.record && !!this.context && !this.loadErrors && !!this.programId && this.tasks.loaded && this.members.loaded;
    }

    /** What the engagement score leaves out because the user may not read it (access comes from their profile). */
    get engagementNotes() {
        const notes = [];
        if (this.tasks.unavailable) notes.push({ key: 'tasks', text: label('score.tasksUnavailable') });
        if (this.members.unavailable) notes.push({ key: 'members', text: label('score.campaignsUnavailable') });
        return notes;
    }

    get hasEngagementNotes() {
        return this.ready && this.engagementNotes.length > 0;
    }

    get mappingIssues() {
        return this.ready && this.context.mapping.issues.length > 0 ? this.context.mapping.issues : null;
    }

    // ---- score ----

    get modelResult() {
        if (!this.ready) return null;
        if (!this.context.model) return { ok: false, issues: [{ path: 'Scoring_Model__c', message: label('score.noModel') }] };
        return parseScoringModel(this.context.model);
    }

    get scoreResult() {
        const model = this.modelResult;
        if (!model || !model.ok) return model;
        const c = this.context;
        return scoreLead(model.value, scoringLead(this.recordId, this.record, c.mapping, this.tasks.rows, this.members.rows), this.now);
    }

    get score() {
        const result = this.scoreResult;
        return result && result.ok ? result.value : null;
    }

    get scoreIssues() {
        const result = this.scoreResult;
        return result && !result.ok ? result.issues : null;
    }

    get display() {
        const s = this.score;
        return {
            fit: formatScore(s.fit),
            engagement: formatScore(s.engagement),
            total: formatScore(s.total),
            grade: s.grade,
            mql: s.mql ? label('score.mqlYes') : label('score.mqlNo'),
            mqlValue: String(s.mql),
        };
    }

    get contributions() {
        const model = this.modelResult.value;
        const rules = [...model.fit, ...model.engagement];
        return this.score.contributions.map((c) => {
            const rule = rules.find((r) => r.id === c.rule);
            return {
                key: `${c.kind}-${c.rule}`,
                rule: rule && rule.label ? localText(rule.label, lang) : c.rule,
                kind: label(`score.kind.${c.kind}`),
                points: formatScore(c.points),
                events: c.events ? String(c.events.length) : '—',
            };
        });
    }

    get hasContributions() {
        return this.contributions.length > 0;
    }

    get scoreIsStale() {
        const s = this.score;
        if (!s) return false;
        return Number(this.record.MA_Score__c) !== Math.round(s.total * 10) / 10 || this.record.MA_Grade__c !== s.grade;
    }

    // ---- stage and handoff ----

    get facts() {
        return leadFacts(this.recordId, this.record, scoringLead(this.recordId, this.record, this.context.mapping, [], []).fields, this.score);
    }

    get stageResult() {
        if (!this.ready || !this.context.definitionSet) return null;
        return stageOf(this.facts, this.context.definitionSet, this.now, { lang });
    }

    get stage() {
        const result = this.stageResult;
        if (!result || !result.ok) return null;
        const s = result.value;
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
                        value: c.actual === null || c.actual === undefined ? '—' : describeValue(c.actual, lang),
                    })} ${c.passed ? '✓' : '✗'}`,
                })),
            })),
        };
    }

    get stageIssues() {
        const result = this.stageResult;
        return result && !result.ok ? result.issues : null;
    }

    get noDefinitions() {
        return this.ready && !this.context.definitionSet;
    }

    get handoffResult() {
        if (!this.ready) return null;
        const set = this.context.definitionSet;
        const window = set && set.stages && set.stages.sal ? { acceptWithinHours: set.stages.sal.acceptWithinHours } : {};
        return handoffStatus(this.facts, this.context.rules, this.now, { lang, ...window });
    }

    get handoff() {
        const result = this.handoffResult;
        if (!result || !result.ok) return null;
        const h = result.value;
        let clock = '';
        if (h.minutesOverdue !== null) clock = label('handoff.overdue', { time: formatMinutes(h.minutesOverdue) });
        else if (h.minutesLeft !== null) clock = label('handoff.left', { time: formatMinutes(h.minutesLeft) });
        return {
            status: h.status,
            text: t(lang, `handoff.status.${h.status}`),
            clock,
            due: h.firstTouchDueAt ? label('handoff.due', { at: formatInstant(h.firstTouchDueAt) }) : '',
            next: h.nextAction.text,
            badgeClass: h.status === 'breached' ? 'slds-theme_error' : h.status === 'at-risk' ? 'slds-theme_warning' : '',
        };
    }

    get handoffIssues() {
        const result = this.handoffResult;
        return result && !result.ok ? result.issues : null;
    }

    get isMql() {
        return !!this.record && !!this.record.MA_MQL_At__c;
    }

    get decided() {
        return !!this.record.MA_SAL_At__c || !!this.record.MA_SAL_Rejected_At__c;
    }

    get acceptDisabled() {
        return this.busy || this.decided;
    }

    get rejectDisabled() {
        return this.busy || this.decided || !this.reason;
    }

    get recycleDisabled() {
        return this.busy || !!this.record.MA_Recycled_At__c;
    }

    get reasonOptions() {
        // The agreed set's reasons, as the core offers them; no set, nothing to reject with.
        const set = this.context.definitionSet;
        return set ? offeredRejectReasons(set, lang).map((r) => ({ label: r.label, value: r.id })) : [];
    }

    handleReason(event) {
        this.reason = event.detail.value;
    }

    handleAccept() {
        return this.write({ MA_SAL_At__c: nowIso() }, label('handoff.acceptedToast'));
    }

    handleReject() {
        return this.write({ MA_SAL_Rejected_At__c: nowIso(), MA_Reject_Reason__c: this.reason }, label('handoff.rejectedToast'));
    }

    handleRecycle() {
        return this.write({ MA_Recycled_At__c: nowIso() }, label('handoff.recycledToast'));
    }

    handleSaveScore() {
        const s = this.score;
        return this.write({ MA_Score__c: Math.round(s.total * 10) / 10, MA_Grade__c: s.grade }, label('score.savedToast'));
    }

    async write(fields, toast) {
        this.busy = true;
        this.writeErrors = undefined;
        try {
            await updateRecord({ fields: { Id: this.recordId, ...fields } }, unmodifiedSince(this.record.LastModifiedDate));
            // The decision just written is dated now: read the clock again, or it stays in the "future" until the next tick.
            this.now = nowIso();
            this.dispatchEvent(new ShowToastEvent({ title: toast, variant: 'success' }));
        } catch (error) {
            // The chosen reason stays selected; after a reload the user acts again on the newer record.
            this.writeErrors = error;
        } finally {
            this.busy = false;
        }
    }

    /** After a stale write: read the record again (getRecord) and the queries, so acting again can succeed. */
    async handleReload() {
        this.writeErrors = undefined;
        await notifyRecordUpdateAvailable([{ recordId: this.recordId }]);
        await Promise.all([this.contextResult, this.tasksResult, this.membersResult].map(refreshResult));
    }

    get labels() {
        return {
            title: label('score.title'),
            loading: label('state.loading'),
            noProgram: label('score.noProgram'),
            fit: label('score.fit'),
            engagement: label('score.engagement'),
            total: label('score.total'),
            grade: label('score.grade'),
            mql: label('score.mql'),
            contributions: label('score.contributions'),
            noContributions: label('score.noContributions'),
            rule: label('score.rule'),
            kind: label('score.kind'),
            points: label('score.points'),
            events: label('score.events'),
            saveScore: label('score.save'),
            stage: label('stage.title'),
            noDefinitions: label('stage.noDefinitions'),
            handoff: label('handoff.title'),
            accept: label('handoff.accept'),
            reject: label('handoff.reject'),
            reason: label('handoff.reason'),
            recycle: label('handoff.recycle'),
            invalid: label('error.invalidData'),
            saveFailed: label('error.saveFailed'),
        };
    }
}

/** A wired engagement query as { loaded, rows, unavailable }; before it answers, the last state stays. */
function engagement(result, objectApiName, row, previous) {
    if (result.errors) return { loaded: true, rows: [], unavailable: true };
    if (result.data) return { loaded: true, rows: nodes(result.data, objectApiName).map(row), unavailable: false };
    return previous;
}
