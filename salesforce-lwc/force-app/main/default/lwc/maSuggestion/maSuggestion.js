import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import { getObjectInfos } from 'lightning/uiObjectInfoApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import CAN_MANAGE_PROGRAMS from '@salesforce/customPermission/MA_Manage_Programs';
import { modelInForce, t } from 'c/maCore';
import { suggestModel } from 'c/maLearn';
import { carriesSuggestion, draftFromSuggestion, withStoredSignatures } from 'c/maSignOff';
import { LEAD_CONTEXT_QUERY, DEFINITIONS_QUERY, nodes, val, parseJsonField, recordValue, nowIso, refreshResult } from 'c/maData';
import { parseFieldMapping } from 'c/maLeadInput';
import { setFromNode, createSetRecord } from 'c/maDefinitionRecords';
import { label, lang, formatCount, formatDate } from 'c/maI18n';
import { pastLeadsQuery, PAST_TASKS_QUERY, PAST_CAMPAIGN_MEMBERS_QUERY, OUTCOME_FIELDS, MAX_RECORDS } from './historyQueries';
import { PagedRead, chunked } from './pagedRead';
import { historyOf } from './history';
import { ruleRows, thresholdRow, backtestRows, pointsChart, backtestChart } from './suggestionView';

// A custom permission import is true when held and undefined otherwise.
const CAN_MANAGE = CAN_MANAGE_PROGRAMS === true;
const OBJECTS = ['Lead', 'Contact'];
const RECORD_PAGES = MAX_RECORDS / 2000;
const IDS_PER_QUERY = 500;
const ENGAGEMENT_PAGES = 100;
const TARGETS = ['won', 'opportunity'];

/**
 * For the program's admins: a scoring model learned from the program's own
 * won and lost leads (the core's suggestModel, run here in the browser on the
 * Leads and Contacts with their Tasks and CampaignMembers), shown beside the
 * model in force rule by rule with the held-out backtests side by side, and,
 * on confirmation, a new draft version of the definitions carrying it (the
 * core's draftFromSuggestion), which marketing, inside sales and sales then
 * review and sign in maDefinitions. Non-admins see nothing; the org refuses
 * their write (MA_Definition_Set__c create is the admin set's).
 */
export default class MaSuggestion extends LightningElement {
    @api recordId;

    pickedProgramId;
    context;
    definitions;
    objectFields;
    notes = [];
    loadErrors;
    userName;
    target = 'won';
    result;
    issues;
    writeErrors;
    confirming = false;
    busy = false;
    drafted;
    definitionsResult;

    readers = {};
    queries = {};
    leadsVariables;
    contactsVariables;
    tasksVariables;
    membersVariables;
    progress = 0;

    get canManage() {
        return CAN_MANAGE;
    }

    get programId() {
        return CAN_MANAGE ? this.recordId || this.pickedProgramId : undefined;
    }

    get isAppPage() {
        return !this.recordId;
    }

    get programVariables() {
        return { programId: this.programId };
    }

    // ---- the reads (none for a non-admin: programId stays undefined) ----

    get contextQuery() {
        return this.programId ? LEAD_CONTEXT_QUERY : undefined;
    }

    get definitionsQuery() {
        return this.programId ? DEFINITIONS_QUERY : undefined;
    }

    get objectNames() {
        return this.programId ? OBJECTS : undefined;
    }

    @wire(getRecord, { recordId: USER_ID, fields: ['User.Name'] })
    wiredUser({ data }) {
        if (data) this.userName = recordValue(data, 'Name');
    }

    @wire(graphql, { query: '$contextQuery', variables: '$programVariables' })
    wiredContext({ data, errors }) {
        if (errors) this.loadErrors = errors;
        else if (data) {
            const program = nodes(data, 'MA_Program__c')[0] || null;
            const inForce = program && program.Current_Definition_Set__r ? parseJsonField(val(program.Current_Definition_Set__r, 'Definitions__c'), null) : null;
            this.context = {
                programModel: program ? parseJsonField(val(program, 'Scoring_Model__c'), null) : null,
                inForce,
                mapping: parseFieldMapping(program ? parseJsonField(val(program, 'Field_Mapping__c'), null) : null),
            };
            this.startRecordReads();
        }
    }

    @wire(graphql, { query: '$definitionsQuery', variables: '$programVariables' })
    wiredDefinitions(result) {
        this.definitionsResult = result;
        if (result.errors) this.loadErrors = result.errors;
        else if (result.data) this.definitions = nodes(result.data, 'MA_Definition_Set__c').map((n) => setFromNode(n, val, parseJsonField));
    }

    @wire(getObjectInfos, { objectApiNames: '$objectNames' })
    wiredObjects({ data, error }) {
        if (error) this.loadErrors = error;
        else if (data) {
            // Only fields the user may read are listed: a mapped field that is not there is not queried.
            this.objectFields = Object.fromEntries(
                OBJECTS.map((name, i) => {
                    const entry = data.results[i];
                    return [name, entry && entry.statusCode === 200 ? Object.keys(entry.result.fields) : null];
                })
            );
            this.startRecordReads();
        }
    }

    get leadsQuery() {
        return this.leadsVariables ? this.queries.Lead : undefined;
    }

    get contactsQuery() {
        return this.contactsVariables ? this.queries.Contact : undefined;
    }

    get tasksQuery() {
        return this.tasksVariables ? PAST_TASKS_QUERY : undefined;
    }

    get membersQuery() {
        return this.membersVariables ? PAST_CAMPAIGN_MEMBERS_QUERY : undefined;
    }

    /** The mapped fields that exist on the object for this user. */
    mappedFields(objectApiName) {
        const readable = new Set(this.objectFields[objectApiName]);
        return Object.values(this.context.mapping.fields).filter((f) => readable.has(f));
    }

    @wire(graphql, { query: '$leadsQuery', variables: '$leadsVariables' })
    wiredLeads(result) {
        this.takePage('Lead', 'leadsVariables', result);
    }

    @wire(graphql, { query: '$contactsQuery', variables: '$contactsVariables' })
    wiredContacts(result) {
        this.takePage('Contact', 'contactsVariables', result);
    }

    @wire(graphql, { query: '$tasksQuery', variables: '$tasksVariables' })
    wiredTasks(result) {
        this.takePage('Task', 'tasksVariables', result);
    }

    @wire(graphql, { query: '$membersQuery', variables: '$membersVariables' })
    wiredMembers(result) {
        this.takePage('CampaignMember', 'membersVariables', result);
    }

    /** Starts reading the program's Leads and Contacts once the mapping and the readable fields are known. */
    startRecordReads() {
        if (!this.context || !this.objectFields || !this.currentModel || this.readers.Lead) return;
        // Built once per read: the wire sees the same query while it pages.
        this.queries = Object.fromEntries(OBJECTS.map((name) => [name, pastLeadsQuery(name, this.mappedFields(name))]));
        this.notes = this.context.mapping.issues.map((i) => ({ key: i.path, text: `${i.path}: ${i.message}` }));
        for (const name of OBJECTS) {
            const readable = this.objectFields[name];
            const missing = readable ? OUTCOME_FIELDS.filter((f) => !readable.includes(f)) : OUTCOME_FIELDS;
            if (missing.length) {
                // Without its outcome fields an object's leads cannot be judged: left out, and said so.
                this.notes = [...this.notes, { key: `skip-${name}`, text: label('suggestion.objectSkipped', { object: name, fields: missing.join(', ') }) }];
                this.readers[name] = new PagedRead(name, [], RECORD_PAGES);
            } else {
                this.readers[name] = new PagedRead(name, [{ programId: this.programId }], RECORD_PAGES);
            }
        }
        this.leadsVariables = this.readers.Lead.variables;
        this.contactsVariables = this.readers.Contact.variables;
        this.afterRecords();
    }

    takePage(objectApiName, variablesKey, { data, errors }) {
        const reader = this.readers[objectApiName];
        if (!reader || reader.done) return;
        if (errors) {
            this.loadErrors = errors;
            return;
        }
        if (!data) return;
        if (reader.take(data)) this[variablesKey] = reader.variables;
        this.progress = OBJECTS.reduce((n, name) => n + (this.readers[name] ? this.readers[name].nodes.length : 0), 0);
        if (objectApiName === 'Lead' || objectApiName === 'Contact') this.afterRecords();
        else this.afterEngagement();
    }

    /** Once every Lead and Contact is read: their Tasks and CampaignMembers, by id, 500 ids a query. */
    afterRecords() {
        if (!OBJECTS.every((name) => this.readers[name].done) || this.readers.Task) return;
        const batches = chunked(this.records.map((n) => n.Id), IDS_PER_QUERY).map((ids) => ({ ids }));
        this.readers.Task = new PagedRead('Task', batches, ENGAGEMENT_PAGES);
        this.readers.CampaignMember = new PagedRead('CampaignMember', batches, ENGAGEMENT_PAGES);
        this.tasksVariables = this.readers.Task.variables;
        this.membersVariables = this.readers.CampaignMember.variables;
        this.afterEngagement();
    }

    afterEngagement() {
        if (this.readers.Task && this.readers.Task.done && this.readers.CampaignMember.done && !this.result) this.suggest();
    }

    get records() {
        return OBJECTS.flatMap((name) => this.readers[name].nodes);
    }

    get currentModel() {
        return this.context ? modelInForce(this.context.programModel, this.context.inForce) : null;
    }

    /** The core's suggestion for the history read, as of now (the moment the suggestion is made). */
    suggest() {
        const history = historyOf({
            records: this.records,
            tasks: this.readers.Task.nodes,
            members: this.readers.CampaignMember.nodes,
            mapping: this.context.mapping,
        });
        this.result = suggestModel(this.currentModel, history, { asOf: nowIso(), target: this.target, lang });
    }

    handleProgramChange(event) {
        this.pickedProgramId = event.detail.programId;
        this.reset();
    }

    handleTarget(event) {
        this.target = event.detail.value;
        if (this.result) this.suggest();
        this.confirming = false;
    }

    reset() {
        this.context = undefined;
        this.objectFields = undefined;
        this.readers = {};
        this.queries = {};
        this.leadsVariables = undefined;
        this.contactsVariables = undefined;
        this.tasksVariables = undefined;
        this.membersVariables = undefined;
        this.progress = 0;
        this.result = undefined;
        this.loadErrors = undefined;
        this.issues = undefined;
        this.writeErrors = undefined;
        this.confirming = false;
        this.drafted = undefined;
    }

    // ---- states ----

    get isLoading() {
        return !!this.programId && !this.loadErrors && !this.result && !this.noModel;
    }

    get noModel() {
        return !!this.context && !this.currentModel && !this.loadErrors;
    }

    get loadingText() {
        return this.progress > 0 ? label('suggestion.reading', { count: formatCount(this.progress) }) : label('state.loading');
    }

    get truncated() {
        return Object.values(this.readers).some((r) => r.truncated);
    }

    get sampleText() {
        return label('suggestion.sample', { max: formatCount(MAX_RECORDS) });
    }

    get hasNotes() {
        return this.notes.length > 0;
    }

    get suggestion() {
        return this.result && this.result.ok ? this.result.value : null;
    }

    /** Too few outcomes to learn from: the core's refusal, said as it says it. */
    get notEnough() {
        return this.result && !this.result.ok && this.result.issues.some((i) => i.code === 'too_few_outcomes') ? this.result.issues : null;
    }

    get refusal() {
        return this.result && !this.result.ok && !this.notEnough ? this.result.issues : null;
    }

    get targetOptions() {
        return TARGETS.map((value) => ({ value, label: label(`suggestion.target.${value}`) }));
    }

    get verdict() {
        const s = this.suggestion;
        return {
            improvement: s.improvement,
            badge: label(s.improvement ? 'suggestion.better' : 'suggestion.notBetter'),
            badgeClass: s.improvement ? 'slds-theme_success' : 'slds-theme_warning',
            text: s.evaluation.verdict,
        };
    }

    get splitText() {
        const { fit, heldOut } = this.suggestion.split;
        return label('suggestion.split', {
            fitLeads: formatCount(fit.leads),
            fitPositives: formatCount(fit.positives),
            fitFrom: formatDate(fit.from),
            fitTo: formatDate(fit.to),
            heldLeads: formatCount(heldOut.leads),
            heldPositives: formatCount(heldOut.positives),
            heldFrom: formatDate(heldOut.from),
            heldTo: formatDate(heldOut.to),
            outcome: label(`suggestion.target.${this.suggestion.target}`),
        });
    }

    get rules() {
        return ruleRows(this.suggestion, this.currentModel);
    }

    get threshold() {
        return thresholdRow(this.suggestion);
    }

    get backtest() {
        return backtestRows(this.suggestion);
    }

    get pointsChart() {
        return pointsChart(this.suggestion, this.currentModel);
    }

    get backtestChart() {
        return backtestChart(this.suggestion);
    }

    // ---- the draft ----

    /** The newest definition version as its stored signatures make it: the one a new version is edited from. */
    get base() {
        const latest = this.definitions && this.definitions[0];
        if (!latest) return null;
        const derived = withStoredSignatures(latest.set, latest.signatures);
        return derived.ok ? { record: latest, set: derived.value } : null;
    }

    get noDefinitions() {
        return !!this.definitions && this.definitions.length === 0;
    }

    /** The newest version already carries this suggestion (drafted before): nothing to draft again. */
    get alreadyDrafted() {
        return !!this.base && !!this.suggestion && carriesSuggestion(this.base.set, this.suggestion);
    }

    // Any suggestion the core made may become a draft: the three departments decide by signing.
    // One that is not an improvement is offered as such, never as the next step.
    get canDraft() {
        return !!this.suggestion && !!this.base && !this.alreadyDrafted && !this.confirming;
    }

    get draftVariant() {
        return this.suggestion && this.suggestion.improvement ? 'brand' : 'neutral';
    }

    get draftedText() {
        const base = this.base;
        return base ? label('suggestion.drafted', { version: base.set.version, state: t(lang, `definition.state.${base.set.state}`) }) : '';
    }

    get draftLabel() {
        const key = this.suggestion && !this.suggestion.improvement ? 'suggestion.draftNotBetter' : 'suggestion.draft';
        return label(key, { version: this.base ? this.base.set.version + 1 : '' });
    }

    get confirmText() {
        const base = this.base;
        // A draft of a suggestion that is not an improvement repeats the core's verdict first.
        const verdict = this.suggestion.improvement ? '' : `${this.suggestion.evaluation.verdict} `;
        return verdict + label('suggestion.confirmText', {
            from: base.set.version,
            state: t(lang, `definition.state.${base.set.state}`),
            version: base.set.version + 1,
            threshold: this.suggestion.threshold.to,
        });
    }

    handleDraft() {
        this.confirming = true;
        this.issues = undefined;
        this.writeErrors = undefined;
    }

    handleCancel() {
        this.confirming = false;
    }

    async handleConfirm() {
        const base = this.base;
        this.busy = true;
        try {
            const draft = draftFromSuggestion(base.set, this.suggestion, { by: this.userName || USER_ID, at: nowIso() });
            if (!draft.ok) {
                this.issues = draft.issues;
                return;
            }
            // A new record: the version in force stays in force until the three departments agree this one.
            await createSetRecord(draft.value, { programId: this.programId, previousId: base.record.id });
            this.confirming = false;
            await refreshResult(this.definitionsResult);
            this.dispatchEvent(new ShowToastEvent({ title: label('suggestion.draftToast', { version: draft.value.version }), variant: 'success' }));
        } catch (error) {
            this.writeErrors = error;
        } finally {
            this.busy = false;
        }
    }

    async handleReload() {
        this.writeErrors = undefined;
        await refreshResult(this.definitionsResult);
    }

    get labels() {
        return {
            title: label('suggestion.title'),
            intro: label('suggestion.intro'),
            target: label('suggestion.target'),
            noModel: label('suggestion.noModel'),
            notEnough: label('suggestion.notEnough'),
            notEnoughHint: label('suggestion.notEnoughHint'),
            cannot: label('suggestion.cannot'),
            rules: label('suggestion.rules'),
            rule: label('suggestion.rule'),
            kind: label('suggestion.kind'),
            from: label('suggestion.from'),
            to: label('suggestion.to'),
            change: label('suggestion.change'),
            why: label('suggestion.why'),
            threshold: label('suggestion.threshold'),
            backtest: label('suggestion.backtest'),
            metric: label('suggestion.metric'),
            current: label('suggestion.current'),
            suggested: label('suggestion.suggested'),
            confirmTitle: label('suggestion.confirmTitle'),
            confirm: label('suggestion.confirm'),
            cancel: label('suggestion.cancel'),
            noDefinitions: label('suggestion.noDefinitions'),
            refused: label('suggestion.refused'),
            saveFailed: label('error.saveFailed'),
            loadFailed: label('suggestion.loadFailed'),
            loading: label('state.loading'),
        };
    }
}
