import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import { describeCondition, localText, rejectReason, t } from 'c/maCore';
import {
    DEFINITION_TEMPLATES,
    newDefinitionSet,
    submitForReview,
    editDefinitionSet,
    withStoredSignatures,
    authorizeSignature,
    signableRoles,
    signOffStatus,
    diffDefinitionSets,
} from 'c/maSignOff';
import { DEFINITIONS_QUERY, nodes, val, parseJsonField, recordValue, nowIso, refreshResult } from 'c/maData';
import { label, lang, formatInstant } from 'c/maI18n';
import { setFromNode, createSetRecord, updateSetRecord, createSignOffRecord } from 'c/maDefinitionRecords';
import { HELD_DEPARTMENTS, CAN_MANAGE } from './signer';

const SIGNING = ['marketing', 'insideSales', 'sales'];

/**
 * The MQL/SAL/SQL definition set of a program: version, state (derived by the
 * core from the stored signatures), a diff against the previous version,
 * sign-off per department and, for admins, a new draft from a template. The
 * signed-in user signs only for the departments the platform says they hold;
 * the org agrees the set and puts it in force once all three have signed.
 */
export default class MaDefinitions extends LightningElement {
    @api recordId;

    pickedProgramId;
    program;
    records = [];
    loaded = false;
    loadErrors;
    writeErrors;
    issues;
    busy = false;
    comment = '';
    templateId = DEFINITION_TEMPLATES[0].id;
    userName;
    wiredResult;

    get programId() {
        return this.recordId || this.pickedProgramId;
    }

    get isAppPage() {
        return !this.recordId;
    }

    get query() {
        return this.programId ? DEFINITIONS_QUERY : undefined;
    }

    get variables() {
        return { programId: this.programId };
    }

    @wire(getRecord, { recordId: USER_ID, fields: ['User.Name'] })
    wiredUser({ data }) {
        if (data) this.userName = recordValue(data, 'Name');
    }

    @wire(graphql, { query: '$query', variables: '$variables' })
    wiredDefinitions(result) {
        this.wiredResult = result;
        const { data, errors } = result;
        if (errors) {
            this.loadErrors = errors;
            this.loaded = true;
        } else if (data) {
            this.loadErrors = undefined;
            const program = nodes(data, 'MA_Program__c')[0];
            this.program = program
                ? {
                      id: program.Id,
                      currentId: val(program, 'Current_Definition_Set__c'),
                      lastModified: val(program, 'LastModifiedDate'),
                      // What a version without a model of its own scored by: a first adopted model is read against it.
                      model: parseJsonField(val(program, 'Scoring_Model__c'), null),
                  }
                : { id: this.programId, currentId: null, lastModified: null, model: null };
            this.records = nodes(data, 'MA_Definition_Set__c').map((n) => setFromNode(n, val, parseJsonField));
            this.loaded = true;
        }
    }

    handleProgramChange(event) {
        this.pickedProgramId = event.detail.programId;
        this.loaded = false;
        this.issues = undefined;
        this.writeErrors = undefined;
    }

    // ---- what is shown ----

    get isLoading() {
        return !!this.programId && !this.loaded;
    }

    get ready() {
        return this.loaded && !this.loadErrors;
    }

    /** The newest version: the one under work (or in force when nothing newer exists). */
    get latest() {
        return this.records[0] || null;
    }

    /** The newest version as its stored signatures make it (the core derives the state; the JSON is not trusted alone). */
    get derivedLatest() {
        if (!this.latest) return null;
        return withStoredSignatures(this.latest.set, this.latest.signatures);
    }

    get set() {
        const derived = this.derivedLatest;
        return derived && derived.ok ? derived.value : null;
    }

    get invalidIssues() {
        const derived = this.derivedLatest;
        return derived && !derived.ok ? derived.issues : null;
    }

    get isEmpty() {
        return this.ready && this.records.length === 0;
    }

    get header() {
        const set = this.set;
        return {
            version: String(set.version),
            state: t(lang, `definition.state.${set.state}`),
            stateValue: set.state,
            inForce: this.program && this.program.currentId === this.latest.id,
        };
    }

    get inForceText() {
        const current = this.records.find((r) => this.program && r.id === this.program.currentId);
        if (!current) return label('definitions.noneInForce');
        return label('definitions.inForce', { version: current.version });
    }

    get stages() {
        const s = this.set.stages;
        return [
            { key: 'mql', title: label('definitions.mql'), description: localText(s.mql.description, lang), criteria: describeCondition(s.mql.criteria, lang) },
            {
                key: 'sal',
                title: label('definitions.sal'),
                description: localText(s.sal.description, lang),
                criteria: label('definitions.salWindow', { hours: s.sal.acceptWithinHours }),
                reasons: s.sal.rejectReasons
                    .map((id) => ({ key: id, text: rejectReason(id) ? localText(rejectReason(id).label, lang) : id })),
            },
            { key: 'sql', title: label('definitions.sql'), description: localText(s.sql.description, lang), criteria: describeCondition(s.sql.criteria, lang) },
        ];
    }

    get diffResult() {
        const set = this.set;
        if (!set || !set.previous) return null;
        return diffDefinitionSets(set.previous, set, lang, { programModel: this.program ? this.program.model : null });
    }

    get diff() {
        const result = this.diffResult;
        return result && result.ok ? result.value.map((c, index) => ({ key: `d${index}`, change: c.change, text: c.text })) : [];
    }

    get diffIssues() {
        const result = this.diffResult;
        return result && !result.ok ? result.issues : null;
    }

    get hasDiff() {
        return this.diff.length > 0;
    }

    get diffTitle() {
        return this.set && this.set.previous ? label('definitions.diff', { from: this.set.previous.version, to: this.set.version }) : '';
    }

    get signatures() {
        const set = this.set;
        return SIGNING.map((role) => {
            const sig = set.signatures.find((x) => x.role === role && x.version === set.version);
            return {
                key: role,
                role: t(lang, `role.${role}`),
                signed: !!sig,
                status: sig ? label('definitions.signed') : label('definitions.notSigned'),
                by: sig ? sig.by : '',
                at: sig ? formatInstant(sig.at) : '',
                comment: sig && sig.comment ? sig.comment : '',
            };
        });
    }

    get signOffText() {
        const status = signOffStatus(this.set);
        return label('definitions.signOffCount', { signed: status.signed.length, total: SIGNING.length });
    }

    // ---- who acts ----

    /** The signed-in user as the platform vouches for them: name and the departments they hold. */
    get signer() {
        return { by: this.userName || USER_ID, departments: HELD_DEPARTMENTS };
    }

    /** The departments this user may still sign for on this version (the core's answer; the org checks again). */
    get signable() {
        return this.set ? signableRoles(this.set, this.signer) : [];
    }

    get signButtons() {
        const version = this.set ? this.set.version : '';
        return this.signable.map((role) => ({ key: role, role, label: label('definitions.sign', { role: t(lang, `role.${role}`), version }) }));
    }

    get canSign() {
        return this.signable.length > 0;
    }

    get inReview() {
        return !!this.set && this.set.state === 'in_review';
    }

    get youSignFor() {
        if (HELD_DEPARTMENTS.length === 0) return label('definitions.noDepartment');
        return label('definitions.youSignFor', { departments: HELD_DEPARTMENTS.map((role) => t(lang, `role.${role}`)).join(' / ') });
    }

    get alreadySigned() {
        return this.inReview && HELD_DEPARTMENTS.length > 0 && !this.canSign;
    }

    get canSubmit() {
        return CAN_MANAGE && !!this.set && this.set.state === 'draft';
    }

    get canDraftFromTemplate() {
        // A new version starts from the set in force; a draft or a review under way is finished first.
        return CAN_MANAGE && (this.isEmpty || (!!this.set && this.set.state === 'agreed'));
    }

    get templateOptions() {
        return DEFINITION_TEMPLATES.map((tpl) => ({ label: localText(tpl.name, lang), value: tpl.id }));
    }

    get templateDescription() {
        const tpl = DEFINITION_TEMPLATES.find((x) => x.id === this.templateId);
        return tpl ? localText(tpl.description, lang) : '';
    }

    handleComment(event) {
        this.comment = event.target.value;
    }

    handleTemplate(event) {
        this.templateId = event.detail.value;
    }

    get actor() {
        return { by: this.userName || USER_ID, at: nowIso() };
    }

    // ---- the steps ----

    /** Runs a write; on success reloads the definitions and toasts what `step` answered (a text, or a function of the reloaded component). */
    async run(step) {
        this.busy = true;
        this.writeErrors = undefined;
        this.issues = undefined;
        try {
            const done = await step();
            if (done) {
                await refreshResult(this.wiredResult);
                this.dispatchEvent(new ShowToastEvent({ title: typeof done === 'function' ? done() : done, variant: 'success' }));
            }
        } catch (error) {
            // The user's comment and choices stay as they were.
            this.writeErrors = error;
        } finally {
            this.busy = false;
        }
    }

    refused(result) {
        this.issues = result.issues;
        return null;
    }

    handleSign(event) {
        const role = event.target.dataset.role;
        return this.run(async () => {
            const version = this.set.version;
            const comment = (this.comment || '').trim();
            // Asked here only to explain a refusal before writing; the org asks again and decides.
            const check = authorizeSignature(this.set, [], { role, version, at: nowIso(), ...(comment ? { comment } : {}) }, this.signer);
            if (!check.ok) return this.refused(check);
            await createSignOffRecord(this.latest, { role, version, comment }, USER_ID);
            this.comment = '';
            return () => {
                const agreed = !!this.set && this.set.version === version && this.set.state === 'agreed';
                return label(agreed ? 'definitions.agreedToast' : 'definitions.signedToast', { version });
            };
        });
    }

    handleSubmit() {
        return this.run(async () => {
            const next = submitForReview(this.set, this.actor);
            if (!next.ok) return this.refused(next);
            await updateSetRecord(this.latest, next.value);
            return label('definitions.submittedToast', { version: next.value.version });
        });
    }

    handleDraftFromTemplate() {
        return this.run(async () => {
            const actor = this.actor;
            if (this.isEmpty) {
                const created = newDefinitionSet(this.templateId, { id: this.programId, ...actor });
                if (!created.ok) return this.refused(created);
                await createSetRecord(created.value, { programId: this.programId, previousId: null });
                return label('definitions.draftToast', { version: created.value.version });
            }
            const tpl = DEFINITION_TEMPLATES.find((x) => x.id === this.templateId);
            const edited = editDefinitionSet(this.set, { stages: tpl.stages, description: tpl.description }, actor);
            if (!edited.ok) return this.refused(edited);
            // The edited version is a new record; the old one stays agreed and in force until this one is agreed.
            await createSetRecord(edited.value, { programId: this.programId, previousId: this.latest.id });
            return label('definitions.draftToast', { version: edited.value.version });
        });
    }

    async handleReload() {
        this.writeErrors = undefined;
        await refreshResult(this.wiredResult);
    }

    get labels() {
        return {
            title: label('definitions.title'),
            loading: label('state.loading'),
            empty: label('definitions.empty'),
            version: label('definitions.version'),
            state: label('definitions.stateLabel'),
            department: label('definitions.role'),
            comment: label('definitions.comment'),
            template: label('definitions.template'),
            templatePlaceholder: label('definitions.templatePlaceholder'),
            draftFromTemplate: this.isEmpty ? label('definitions.createDraft') : label('definitions.newVersion'),
            submit: label('definitions.submit'),
            alreadySigned: label('definitions.alreadySigned'),
            signOff: label('definitions.signOff'),
            signedBy: label('definitions.signedBy'),
            signedAt: label('definitions.signedAt'),
            status: label('definitions.status'),
            criteria: label('definitions.criteria'),
            reasons: label('definitions.reasons'),
            refused: label('definitions.refused'),
            invalid: label('error.invalidData'),
            saveFailed: label('error.saveFailed'),
        };
    }
}
