import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getRecord, updateRecord, notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { evaluateLeads, stageOf, handoffStatus, handoffActionOptions, takeHandoffAction, storedScore, formatScore, DEFAULT_HANDOFF_RULES } from 'c/maCore';
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
import { label, lang } from 'c/maI18n';
import { parseFieldMapping, scoringLead, engineLead, storedFacts, leadFacts, recordWrites, HANDOFF_FIELDS } from 'c/maLeadInput';
import { storedFigures, storedScoreFacts, contributionRows, stageView, handoffView, actionButtons } from './leadScoreView';

const CLOCK_TICK_MS = 60000;
const TOASTS = { accept: 'handoff.acceptedToast', reject: 'handoff.rejectedToast', recycle: 'handoff.recycledToast' };

/**
 * On a Lead or Contact: the score, grade, stage and handoff status the org's
 * engine computed and stored (and when), the rules behind the score, the
 * stage under the agreed definitions, and the handoff clock with the actions
 * the core allows now (accept as SAL, reject with an agreed reason, recycle).
 * The page computes no score to store: the org's automation does.
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

    // ---- what the org stored ----

    get stored() {
        return storedFigures(this.record, lang);
    }

    // ---- the rules behind the score: the engine's explanation, for display only ----

    get program() {
        const c = this.context;
        return { model: c.model, definitions: c.definitionSet, handoff: c.rules };
    }

    get evaluationResult() {
        if (!this.ready || !this.context.definitionSet) return null;
        if (!this.context.model) return { ok: false, issues: [{ path: 'Scoring_Model__c', message: label('score.noModel') }] };
        const c = this.context;
        const lead = engineLead(this.recordId, this.record, c.mapping, this.tasks.rows, this.members.rows);
        return evaluateLeads(this.program, { leads: [lead] }, this.now, { lang, explain: true });
    }

    get evaluation() {
        const result = this.evaluationResult;
        return result && result.ok ? result.value.results[0] : null;
    }

    get evaluationIssues() {
        const result = this.evaluationResult;
        return result && !result.ok ? result.issues : null;
    }

    get contributions() {
        return contributionRows(this.evaluation.explain.contributions, this.context.model, lang);
    }

    get hasContributions() {
        return this.contributions.length > 0;
    }

    /** The score has moved since the org stored it (decay, new engagement): said, not written. */
    get scoreMoved() {
        const e = this.evaluation;
        if (!e || this.engagementNotes.length > 0) return null;
        const now = formatScore(storedScore(e.score.total));
        return now === formatScore(this.record.MA_Score__c) ? null : label('score.moved', { total: now });
    }

    // ---- stage and handoff, on the stored facts ----

    get mappedFields() {
        return scoringLead(this.recordId, this.record, this.context.mapping, [], []).fields;
    }

    get facts() {
        return leadFacts(this.recordId, this.record, this.mappedFields, storedScoreFacts(this.record));
    }

    get stageResult() {
        if (!this.ready || !this.context.definitionSet) return null;
        return stageOf(this.facts, this.context.definitionSet, this.now, { lang });
    }

    get stage() {
        const result = this.stageResult;
        return result && result.ok ? stageView(result.value, lang) : null;
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
        // The SAL window is the agreed set's (one rule, one field).
        const set = this.context.definitionSet;
        const window = set && set.stages && set.stages.sal ? { acceptWithinHours: set.stages.sal.acceptWithinHours } : {};
        return handoffStatus(this.facts, this.context.rules, this.now, { lang, ...window });
    }

    get handoff() {
        const result = this.handoffResult;
        return result && result.ok ? handoffView(result.value, lang) : null;
    }

    get handoffIssues() {
        const result = this.handoffResult;
        return result && !result.ok ? result.issues : null;
    }

    // ---- the rep's handoff actions: what the core allows and what each writes ----

    get optionsResult() {
        if (!this.ready || !this.context.definitionSet) return null;
        return handoffActionOptions(storedFacts(this.record), this.context.definitionSet, this.now, { lang });
    }

    get actions() {
        const result = this.optionsResult;
        return result && result.ok ? actionButtons(result.value, { busy: this.busy, reason: this.reason, lang }) : null;
    }

    get actionIssues() {
        const result = this.optionsResult;
        return result && !result.ok ? result.issues : null;
    }

    handleReason(event) {
        this.reason = event.detail.value;
    }

    handleAction(event) {
        const action = event.target.dataset.action;
        const step = { action, at: nowIso(), ...(action === 'reject' ? { reason: this.reason } : {}) };
        const answer = takeHandoffAction(storedFacts(this.record), this.context.definitionSet, step, { lang });
        if (!answer.ok) {
            this.writeErrors = answer.issues;
            return Promise.resolve();
        }
        return this.write(recordWrites(answer.value), label(TOASTS[action]));
    }

    async write(fields, toast) {
        this.busy = true;
        this.writeErrors = undefined;
        try {
            await updateRecord({ fields: { Id: this.recordId, ...fields } }, unmodifiedSince(this.record.LastModifiedDate));
            // The step just written is dated now: read the clock again, or it stays in the "future" until the next tick.
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
            stored: label('score.stored'),
            notEvaluated: label('score.notEvaluated'),
            contributions: label('score.contributions'),
            noContributions: label('score.noContributions'),
            noEvaluation: label('score.noEvaluation'),
            rule: label('score.rule'),
            kind: label('score.kind'),
            points: label('score.points'),
            events: label('score.events'),
            stage: label('stage.title'),
            noDefinitions: label('stage.noDefinitions'),
            handoff: label('handoff.title'),
            reason: label('handoff.reason'),
            reasonPlaceholder: label('handoff.reasonPlaceholder'),
            firstTouch: label('handoff.countsAsFirstTouch'),
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
