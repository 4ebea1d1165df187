import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { createRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import USER_ID from '@salesforce/user/Id';
import { t } from 'c/maCore';
import { diagnose, CHECKLIST, CATEGORIES, itemLabel, categoryLabel, levelInfo } from 'c/maMethod';
import { DIAGNOSES_QUERY, nodes, val, parseJsonField, nowIso, refreshResult } from 'c/maData';
import { label, lang, roleOptions, formatInstant } from 'c/maI18n';
import { savedDiagnosisFromNode, draftFromSaved, diagnosisInput, diagnosisRecordFields } from './diagnosisDraft';
import { benchmarkChart, levelChart, profileChart, trendChart } from './diagnosisCharts';

/**
 * The 15-item self-diagnosis of a program: answers per respondent, the level
 * as a path, next level, gaps, contradictions, failure patterns, benchmark,
 * history trend and alignment between roles. Saving creates MA_Diagnosis__c.
 */
export default class MaDiagnosis extends LightningElement {
    /** The MA program on its record page; on an app page the user picks one. */
    @api recordId;

    pickedProgramId;
    saved = [];
    draft = [];
    activeIndex = 0;
    dirty = false;
    loaded = false;
    loadErrors;
    saveErrors;
    saving = false;
    newRole = 'marketing';
    newName = '';
    wiredResult;

    get programId() {
        return this.recordId || this.pickedProgramId;
    }

    get isAppPage() {
        return !this.recordId;
    }

    get query() {
        return this.programId ? DIAGNOSES_QUERY : undefined;
    }

    get variables() {
        return { programId: this.programId };
    }

    @wire(graphql, { query: '$query', variables: '$variables' })
    wiredDiagnoses(result) {
        this.wiredResult = result;
        const { data, errors } = result;
        if (errors) {
            this.loadErrors = errors;
            this.loaded = true;
        } else if (data) {
            this.loadErrors = undefined;
            this.saved = nodes(data, 'MA_Diagnosis__c').map((n) =>
                savedDiagnosisFromNode(n, val, parseJsonField)
            );
            this.loaded = true;
            // Never replace what the user is typing with what the server sends.
            if (!this.dirty) {
                this.draft = draftFromSaved(this.saved[0]);
                this.activeIndex = 0;
            }
        }
    }

    handleProgramChange(event) {
        this.pickedProgramId = event.detail.programId;
        this.loaded = false;
        this.dirty = false;
        this.saved = [];
        this.draft = [];
    }

    // ---- the draft being answered ----

    get isLoading() {
        return !!this.programId && !this.loaded;
    }

    get ready() {
        return this.loaded && !this.loadErrors;
    }

    get hasSaved() {
        return this.saved.length > 0;
    }

    get showEmpty() {
        return this.ready && !this.hasSaved && !this.dirty;
    }

    get active() {
        return this.draft[this.activeIndex] || { role: null, name: '', answers: {} };
    }

    get respondentOptions() {
        return this.draft.map((r, index) => ({ label: this.respondentName(r, index), value: String(index) }));
    }

    get activeValue() {
        return String(this.activeIndex);
    }

    get hasSeveralRespondents() {
        return this.draft.length > 1 || (this.draft.length === 1 && !!this.draft[0].role);
    }

    respondentName(respondent, index) {
        const role = respondent.role ? t(lang, `role.${respondent.role}`) : label('diagnosis.anonymous');
        return respondent.name ? `${role} (${respondent.name})` : `${role} #${index + 1}`;
    }

    get roles() {
        return roleOptions();
    }

    get categories() {
        const answers = this.active.answers;
        return CATEGORIES.map((category) => ({
            key: category,
            title: categoryLabel(lang, category),
            items: CHECKLIST.filter((item) => item.category === category).map((item) => ({
                key: `item-${item.number}`,
                number: String(item.number),
                label: `${item.number}. ${itemLabel(lang, item.number)}`,
                checked: answers[String(item.number)] === true,
            })),
        })).filter((group) => group.items.length > 0);
    }

    handleAnswer(event) {
        const number = event.target.dataset.item;
        const respondent = this.active;
        const answers = { ...respondent.answers, [number]: event.target.checked };
        this.draft = this.draft.map((r, index) => (index === this.activeIndex ? { ...r, answers } : r));
        if (this.draft.length === 0) this.draft = [{ role: null, name: '', answers }];
        this.dirty = true;
    }

    handleRespondentSelect(event) {
        this.activeIndex = Number(event.detail.value);
    }

    handleNewRole(event) {
        this.newRole = event.detail.value;
    }

    handleNewName(event) {
        this.newName = event.target.value;
    }

    handleAddRespondent() {
        // A respondent starts blank: each department answers for itself. An
        // anonymous first sheet is counted as marketing's once roles are compared.
        const named = this.draft.map((r) => (r.role ? r : { ...r, role: 'marketing' }));
        const fresh = { role: this.newRole, name: (this.newName || '').trim(), answers: {} };
        this.draft = this.draft.length === 0 ? [fresh] : [...named, fresh];
        this.activeIndex = this.draft.length - 1;
        this.newName = '';
        this.dirty = true;
    }

    get canRemoveRespondent() {
        return this.draft.length > 1;
    }

    handleRemoveRespondent() {
        this.draft = this.draft.filter((r, index) => index !== this.activeIndex);
        this.activeIndex = 0;
        this.dirty = true;
    }

    // ---- the result ----

    get asOf() {
        // A saved diagnosis is shown as of when it was taken; a new draft as of now.
        return !this.dirty && this.hasSaved ? this.saved[0].takenAt : nowIso();
    }

    get history() {
        return !this.dirty ? this.saved.slice(1) : this.saved;
    }

    get result() {
        if (!this.ready || (!this.dirty && !this.hasSaved)) return null;
        return diagnose(diagnosisInput(this.draft, this.history), { asOf: this.asOf, lang });
    }

    get diagnosis() {
        const result = this.result;
        return result && result.ok ? result.value : null;
    }

    get resultIssues() {
        const result = this.result;
        return result && !result.ok ? result.issues : null;
    }

    get statusText() {
        if (this.dirty) return label('diagnosis.unsaved');
        return this.hasSaved ? label('diagnosis.savedAt', { at: formatInstant(this.saved[0].takenAt) }) : '';
    }

    get levelSteps() {
        return [0, 1, 2, 3, 4, 5].map((level) => ({
            key: `level-${level}`,
            value: String(level),
            label: `${level} ${levelInfo(level, lang).name}`,
        }));
    }

    get currentStep() {
        return this.diagnosis ? String(this.diagnosis.level) : '0';
    }

    get levelName() {
        return this.diagnosis ? levelInfo(this.diagnosis.level, lang).name : '';
    }

    get levelState() {
        return this.diagnosis ? levelInfo(this.diagnosis.level, lang).state : '';
    }

    get nextActions() {
        if (!this.diagnosis) return [];
        return (levelInfo(this.diagnosis.level, lang).nextActions || []).map((text, index) => ({ key: `a${index}`, text }));
    }

    get display() {
        const d = this.diagnosis;
        const dash = '—';
        return {
            level: String(d.level),
            checkedCount: String(d.checkedCount),
            nextLevel: d.nextLevel === null ? dash : String(d.nextLevel),
            checksToNextLevel: d.checksToNextLevel === null ? dash : String(d.checksToNextLevel),
            effectiveLevel: String(d.effectiveLevel),
        };
    }

    get gaps() {
        return (this.diagnosis ? this.diagnosis.gaps : []).map((number) => ({
            key: `gap-${number}`,
            number: String(number),
            text: `${number}. ${itemLabel(lang, number)}`,
        }));
    }

    /** Items nobody answered (counted as unchecked), when the answers leave some out. */
    get unanswered() {
        const d = this.diagnosis;
        if (!d || d.unanswered.length === 0) return null;
        return d.unanswered.map((number) => ({ key: `u-${number}`, number: String(number) }));
    }

    get hasGaps() {
        return this.gaps.length > 0;
    }

    get contradictions() {
        return (this.diagnosis ? this.diagnosis.contradictions : []).map((c) => ({
            key: `c-${c.item}-${c.requires}`,
            item: String(c.item),
            requires: String(c.requires),
            text: c.explanation,
        }));
    }

    get hasContradictions() {
        return this.contradictions.length > 0;
    }

    get failurePatterns() {
        return (this.diagnosis ? this.diagnosis.failurePatterns : []).map((p) => ({
            key: p.id,
            id: p.id,
            title: p.title,
            advice: p.advice,
            evidence: (p.evidence || []).map((e, index) => ({ key: `${p.id}-e${index}`, text: evidenceText(e) })),
        }));
    }

    get hasFailurePatterns() {
        return this.failurePatterns.length > 0;
    }

    get benchmark() {
        return this.diagnosis ? this.diagnosis.benchmark : null;
    }

    get levelChart() {
        return this.diagnosis ? levelChart(this.diagnosis) : null;
    }

    get benchmarkChart() {
        return this.diagnosis ? benchmarkChart(this.diagnosis) : null;
    }

    get profile() {
        return this.diagnosis ? profileChart(this.diagnosis) : null;
    }

    get trend() {
        const d = this.diagnosis;
        return d && d.trend && d.trend.points.length >= 2 ? trendChart(d) : null;
    }

    get roleRows() {
        const d = this.diagnosis;
        if (!d || !d.byRole) return [];
        return Object.keys(d.byRole).map((role) => ({
            key: role,
            role: t(lang, `role.${role}`),
            level: String(d.byRole[role]),
        }));
    }

    get hasRoleRows() {
        return this.roleRows.length > 1;
    }

    get alignmentData() {
        const a = this.diagnosis && this.diagnosis.alignment;
        return a ? { disagreements: a.disagreements.join(','), spread: String(a.levelSpread) } : { disagreements: '', spread: '' };
    }

    get alignmentText() {
        const d = this.diagnosis;
        if (!d || !d.alignment) return '';
        return label('diagnosis.alignment', {
            items: d.alignment.disagreements.length > 0 ? d.alignment.disagreements.join(', ') : '—',
            spread: d.alignment.levelSpread,
        });
    }

    // ---- saving ----

    get saveDisabled() {
        return this.saving || !this.diagnosis || !this.programId;
    }

    async handleSave() {
        const d = this.diagnosis;
        if (!d) return;
        this.saving = true;
        this.saveErrors = undefined;
        try {
            await createRecord({
                apiName: 'MA_Diagnosis__c',
                fields: diagnosisRecordFields({
                    programId: this.programId,
                    diagnosis: d,
                    draft: this.draft,
                    takenAt: nowIso(),
                    userId: USER_ID,
                }),
            });
            this.dirty = false;
            this.dispatchEvent(
                new ShowToastEvent({ title: label('diagnosis.savedToast', { level: d.level }), variant: 'success' })
            );
            await refreshResult(this.wiredResult);
        } catch (error) {
            // Keep the draft: the user's answers are never lost on a failed save.
            this.saveErrors = error;
        } finally {
            this.saving = false;
        }
    }

    handleReload() {
        refreshResult(this.wiredResult);
    }

    get labels() {
        return {
            title: label('diagnosis.title'),
            loading: label('state.loading'),
            empty: label('diagnosis.empty'),
            respondent: label('diagnosis.respondent'),
            addRole: label('diagnosis.addRole'),
            addName: label('diagnosis.addName'),
            add: label('diagnosis.add'),
            results: label('diagnosis.results'),
            level: t(lang, 'figure.level'),
            checkedCount: t(lang, 'figure.checkedCount'),
            nextLevel: label('diagnosis.nextLevel'),
            checksToNextLevel: label('diagnosis.checksToNextLevel'),
            effectiveLevel: t(lang, 'figure.effectiveLevel'),
            gaps: label('diagnosis.gaps'),
            unanswered: t(lang, 'report.unanswered'),
            remove: label('diagnosis.remove'),
            noGaps: label('diagnosis.noGaps'),
            contradictions: label('diagnosis.contradictions'),
            failurePatterns: t(lang, 'report.failurePatterns'),
            noFailurePatterns: this.diagnosis && this.diagnosis.failurePatternsAssessed === false
                ? t(lang, 'report.failurePatterns.notAssessed')
                : label('diagnosis.noFailurePatterns'),
            nextActions: label('diagnosis.nextActions'),
            benchmark: t(lang, 'report.benchmark'),
            trend: label('diagnosis.trend'),
            takenAt: label('diagnosis.takenOn'),
            levelChart: label('diagnosis.levelChart'),
            yourLevel: label('diagnosis.yourLevel'),
            benchmarkChart: label('diagnosis.benchmarkChart'),
            band: label('diagnosis.band'),
            share: label('diagnosis.share'),
            profile: t(lang, 'report.profile'),
            axis: label('diagnosis.axis'),
            addNamePlaceholder: label('diagnosis.addNamePlaceholder'),
            respondentPlaceholder: label('diagnosis.respondentPlaceholder'),
            rolePlaceholder: label('diagnosis.rolePlaceholder'),
            byRole: t(lang, 'report.byRole'),
            role: label('diagnosis.role'),
            save: label('diagnosis.save'),
            path: label('diagnosis.path'),
            invalid: label('error.invalidData'),
            saveFailed: label('error.saveFailed'),
        };
    }
}

/** One evidence entry of a failure pattern as a sentence (the core's catalog): an item as answered, or an earlier diagnosis. */
function evidenceText(evidence) {
    if (evidence.type === 'item') {
        const key = evidence.checked ? 'report.evidence.checked' : 'report.evidence.unchecked';
        return t(lang, key, { item: evidence.item, label: itemLabel(lang, evidence.item) });
    }
    if (evidence.type === 'history') {
        return t(lang, 'report.evidence.history', {
            date: String(evidence.takenAt).slice(0, 10),
            level: evidence.level,
            days: evidence.daysBefore,
        });
    }
    return '';
}
