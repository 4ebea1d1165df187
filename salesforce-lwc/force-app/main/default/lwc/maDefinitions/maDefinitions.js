import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { getRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import { describeCondition, localText, rejectReason, DefinitionSetSchema, t } from 'c/maCore';
import {
    DEFINITION_TEMPLATES,
    newDefinitionSet,
    submitForReview,
    signDefinitionSet,
    editDefinitionSet,
    supersedeDefinitionSet,
    signOffStatus,
    diffDefinitionSets,
} from 'c/maSignOff';
import { DEFINITIONS_QUERY, nodes, val, parseJsonField, recordValue, nowIso, refreshResult } from 'c/maData';
import { label, lang, roleOptions, formatInstant } from 'c/maI18n';
import {
    setFromNode,
    createSetRecord,
    updateSetRecord,
    createSignOffRecord,
    setCurrentDefinitionSet,
} from './definitionRecords';

const SIGNING = ['marketing', 'insideSales', 'sales'];

/**
 * The MQL/SAL/SQL definition set of a program: version, state, a diff against
 * the previous version, sign-off per department (agreed only when all three
 * signed the version they read) and, for admins, a new draft from a template.
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
    role;
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
                ? { id: program.Id, currentId: val(program, 'Current_Definition_Set__c'), lastModified: val(program, 'LastModifiedDate') }
                : { id: this.programId, currentId: null, lastModified: null };
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

    get parsedLatest() {
        if (!this.latest) return null;
        return DefinitionSetSchema.safeParse(this.latest.set);
    }

    get set() {
        const parsed = this.parsedLatest;
        return parsed && parsed.success ? parsed.data : null;
    }

    get invalidIssues() {
        const parsed = this.parsedLatest;
        if (!parsed || parsed.success) return null;
        return parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
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

    get diff() {
        const set = this.set;
        if (!set || !set.previous) return [];
        const result = diffDefinitionSets(set.previous, set, lang);
        return result.ok ? result.value.map((c, index) => ({ key: `d${index}`, change: c.change, text: c.text })) : [];
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

    get roles() {
        return roleOptions();
    }

    /** The role picked, or the first department still to sign (admin when nothing is in review). */
    get selectedRole() {
        if (this.role) return this.role;
        const set = this.set;
        if (set && set.state === 'in_review') return signOffStatus(set).missing[0] || 'marketing';
        return 'admin';
    }

    get isAdmin() {
        return this.selectedRole === 'admin';
    }

    get canSign() {
        const set = this.set;
        if (!set || set.state !== 'in_review' || this.isAdmin) return false;
        return !set.signatures.some((x) => x.role === this.selectedRole && x.version === set.version);
    }

    get alreadySigned() {
        const set = this.set;
        return !!set && set.state === 'in_review' && !this.isAdmin && !this.canSign;
    }

    get canSubmit() {
        return this.isAdmin && !!this.set && this.set.state === 'draft';
    }

    get canDraftFromTemplate() {
        // A new version starts from the set in force; a draft or a review under way is finished first.
        return this.isAdmin && (this.isEmpty || (!!this.set && this.set.state === 'agreed'));
    }

    get templateOptions() {
        return DEFINITION_TEMPLATES.map((tpl) => ({ label: localText(tpl.name, lang), value: tpl.id }));
    }

    get templateDescription() {
        const tpl = DEFINITION_TEMPLATES.find((x) => x.id === this.templateId);
        return tpl ? localText(tpl.description, lang) : '';
    }

    get signLabel() {
        return label('definitions.sign', { role: t(lang, `role.${this.selectedRole}`), version: this.set ? this.set.version : '' });
    }

    handleRole(event) {
        this.role = event.detail.value;
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

    async run(step) {
        this.busy = true;
        this.writeErrors = undefined;
        this.issues = undefined;
        try {
            const done = await step();
            if (done) {
                this.dispatchEvent(new ShowToastEvent({ title: done, variant: 'success' }));
                await refreshResult(this.wiredResult);
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

    handleSign() {
        return this.run(async () => {
            const record = this.latest;
            const actor = this.actor;
            const comment = (this.comment || '').trim();
            const next = signDefinitionSet(this.set, {
                role: this.selectedRole,
                by: actor.by,
                at: actor.at,
                version: this.set.version,
                ...(comment ? { comment } : {}),
            });
            if (!next.ok) return this.refused(next);
            await updateSetRecord(record, next.value);
            const signature = next.value.signatures[next.value.signatures.length - 1];
            await createSignOffRecord(record, signature, USER_ID);
            if (next.value.state === 'agreed') await this.putInForce(record, next.value, actor);
            this.comment = '';
            return next.value.state === 'agreed'
                ? label('definitions.agreedToast', { version: next.value.version })
                : label('definitions.signedToast', { version: next.value.version });
        });
    }

    /** The agreed version supersedes the one it was edited from and becomes the program's set in force. */
    async putInForce(record, agreed, actor) {
        const previous = this.records.find((r) => r.id === record.previousId);
        if (previous && previous.state === 'agreed') {
            const superseded = supersedeDefinitionSet(previous.set, agreed, actor);
            if (!superseded.ok) throw superseded.issues;
            await updateSetRecord(previous, superseded.value);
        }
        await setCurrentDefinitionSet(this.program, record.id);
    }

    /** Agreed but not yet in force (a step after the third signature failed, e.g. on a stale program): offer to finish it. */
    get needsPutInForce() {
        return !!this.set && this.set.state === 'agreed' && !!this.program && this.program.currentId !== this.latest.id;
    }

    get putInForceLabel() {
        return label('definitions.putInForce', { version: this.set ? this.set.version : '' });
    }

    handlePutInForce() {
        return this.run(async () => {
            await this.putInForce(this.latest, this.set, this.actor);
            return label('definitions.agreedToast', { version: this.set.version });
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
            role: label('definitions.role'),
            comment: label('definitions.comment'),
            template: label('definitions.template'),
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
