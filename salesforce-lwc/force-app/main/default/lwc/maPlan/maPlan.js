import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { t } from 'c/maCore';
import { diagnose, buildPlanFromDiagnosis, levelInfo, planProgress, trackPlan } from 'c/maMethod';
import { PLAN_QUERY, nodes, val, parseJsonField, splitList, todayIso, unmodifiedSince, refreshResult } from 'c/maData';
import { label, lang, formatDate } from 'c/maI18n';
import { isStaleWriteError } from 'c/ldsUtils';
import { TASK_STATUSES, taskFromNode, newPlanTasks, taskRecordInput } from './planRecords';
import { timelineChart, transitionChart, transitionName } from './planCharts';

/**
 * Turns the latest diagnosis into MA_Task__c records (preview, then create;
 * never duplicates), shows them by transition with status, due date and
 * dependencies, lets members move a status, and tracks progress toward the
 * projected level.
 */
export default class MaPlan extends LightningElement {
    @api recordId;

    pickedProgramId;
    latest;
    targetLevel = null;
    tasks = [];
    loaded = false;
    loadErrors;
    writeErrors;
    previewing = false;
    creating = false;
    /** Status a user chose but the server has not accepted yet (kept on a stale write). */
    pending = {};
    wiredResult;

    get programId() {
        return this.recordId || this.pickedProgramId;
    }

    get isAppPage() {
        return !this.recordId;
    }

    get query() {
        return this.programId ? PLAN_QUERY : undefined;
    }

    get variables() {
        return { programId: this.programId };
    }

    @wire(graphql, { query: '$query', variables: '$variables' })
    wiredPlan(result) {
        this.wiredResult = result;
        const { data, errors } = result;
        if (errors) {
            this.loadErrors = errors;
            this.loaded = true;
        } else if (data) {
            this.loadErrors = undefined;
            const latest = nodes(data, 'MA_Diagnosis__c')[0];
            this.latest = latest
                ? {
                      id: latest.Id,
                      takenAt: val(latest, 'Taken_At__c'),
                      answers: parseJsonField(val(latest, 'Answers__c'), {}),
                      respondents: parseJsonField(val(latest, 'Respondents__c'), null),
                  }
                : null;
            this.tasks = nodes(data, 'MA_Task__c').map((n) => taskFromNode(n, val, splitList));
            const program = nodes(data, 'MA_Program__c')[0];
            this.targetLevel = program ? val(program, 'Target_Level__c') : null;
            this.loaded = true;
        }
    }

    handleProgramChange(event) {
        this.pickedProgramId = event.detail.programId;
        this.loaded = false;
        this.previewing = false;
        this.pending = {};
    }

    get isLoading() {
        return !!this.programId && !this.loaded;
    }

    get ready() {
        return this.loaded && !this.loadErrors;
    }

    get noDiagnosis() {
        return this.ready && !this.latest;
    }

    get diagnosisResult() {
        if (!this.latest) return null;
        const input = Array.isArray(this.latest.respondents) && this.latest.respondents.length > 0
            ? { respondents: this.latest.respondents }
            : { answers: this.latest.answers || {} };
        return diagnose(input, { asOf: this.latest.takenAt, lang });
    }

    get diagnosis() {
        const result = this.diagnosisResult;
        return result && result.ok ? result.value : null;
    }

    get invalidIssues() {
        for (const result of [this.diagnosisResult, this.planResult, this.trackingResult]) {
            if (result && !result.ok) return result.issues;
        }
        return null;
    }

    get planResult() {
        const d = this.diagnosis;
        if (!d) return null;
        // The program's target level as it is stored: the core decides what the plan goes to
        // (a level already reached plans the next one) and names a target it refuses.
        const options = { start: todayIso(), lang };
        if (this.targetLevel !== null && this.targetLevel !== undefined) options.toLevel = this.targetLevel;
        return buildPlanFromDiagnosis(d, options);
    }

    get plan() {
        const result = this.planResult;
        return result && result.ok ? result.value : null;
    }

    get toCreate() {
        return this.plan ? newPlanTasks(this.plan, this.tasks) : [];
    }

    get previewRows() {
        return this.toCreate.map((task) => ({
            key: task.id,
            title: task.title,
            transition: task.transition,
            owner: t(lang, `role.${task.owner}`),
            due: formatDate(task.due),
        }));
    }

    get nothingToCreate() {
        return this.toCreate.length === 0;
    }

    get createLabel() {
        return label('plan.create', { count: this.toCreate.length });
    }

    get createDisabled() {
        return this.creating || this.nothingToCreate;
    }

    get previewDisabled() {
        return !this.plan || this.creating;
    }

    handlePreview() {
        this.previewing = true;
    }

    handleCancel() {
        this.previewing = false;
    }

    async handleCreate() {
        const context = { programId: this.programId, diagnosisId: this.latest.id };
        const batch = this.toCreate;
        this.creating = true;
        this.writeErrors = undefined;
        let created = 0;
        try {
            // One record per call (uiRecordApi); sequential so a failure stops cleanly.
            for (const task of batch) {
                // eslint-disable-next-line no-await-in-loop
                await createRecord(taskRecordInput(task, context));
                created += 1;
            }
            this.previewing = false;
            this.dispatchEvent(new ShowToastEvent({ title: label('plan.created', { count: created }), variant: 'success' }));
        } catch (error) {
            this.writeErrors = error;
        } finally {
            this.creating = false;
            // Reload in every case: what was created must show, so a retry only creates the rest.
            await refreshResult(this.wiredResult);
        }
    }

    // ---- the tasks ----

    get hasTasks() {
        return this.tasks.length > 0;
    }

    get statusOptions() {
        return TASK_STATUSES.map((status) => ({ label: label(`plan.status.${status}`), value: status }));
    }

    get groups() {
        const byTransition = new Map();
        const sorted = [...this.tasks].sort(
            (a, b) => a.transition.localeCompare(b.transition) || String(a.due).localeCompare(String(b.due))
        );
        for (const task of sorted) {
            if (!byTransition.has(task.transition)) byTransition.set(task.transition, []);
            byTransition.get(task.transition).push({
                key: task.id,
                id: task.id,
                taskKey: task.key,
                title: task.title,
                owner: task.ownerRole ? t(lang, `role.${task.ownerRole}`) : '',
                status: this.pending[task.id] || task.status,
                statusLabel: label('plan.statusOf', { title: task.title }),
                due: formatDate(task.due),
                dependsOn: task.dependsOn.length > 0 ? task.dependsOn.join(', ') : '—',
                items: task.checklistItems.join(', '),
                acceptance: task.acceptance.map((text, index) => ({ key: `${task.id}-a${index}`, text })),
            });
        }
        return [...byTransition.entries()].map(([transition, rows]) => ({
            key: transition,
            title: transitionName(transition),
            rows,
        }));
    }

    /** The records as the core tracks them: a task is done when its status is Done. */
    get trackingResult() {
        if (!this.hasTasks) return null;
        const tasks = this.tasks.map((task) => ({
            key: task.id,
            title: task.title,
            transition: task.transition,
            due: task.due || null,
            done: task.status === 'Done',
        }));
        return trackPlan({ tasks, today: todayIso() });
    }

    get tracking() {
        const result = this.trackingResult;
        return result && result.ok ? result.value : null;
    }

    get transitionChart() {
        return this.tracking ? transitionChart(this.tracking) : null;
    }

    get timelineChart() {
        if (!this.tracking) return null;
        const statusOf = new Map(this.tasks.map((task) => [task.id, label(`plan.status.${task.status}`)]));
        return timelineChart(this.tracking, (id) => statusOf.get(id) || '');
    }

    /** The level the plan goes to, as the core decided it, and why when it is not the one the program asks for. */
    get target() {
        const p = this.plan;
        if (!p) return null;
        return {
            text: levelInfo(p.targetLevel, lang).label,
            requested: p.requestedLevel !== null && p.requestedLevel !== p.targetLevel ? label('plan.requestedReached', { requested: p.requestedLevel }) : '',
        };
    }

    get progress() {
        if (!this.plan || !this.diagnosis) return null;
        const doneKeys = this.tasks.filter((task) => task.status === 'Done').map((task) => task.key);
        const p = planProgress(this.plan, doneKeys, this.diagnosis);
        return {
            text: label('plan.progress', { done: p.done, total: p.total, level: p.projectedLevelNow, projected: this.plan.projectedLevel }),
            percent: String(p.percent),
            style: `width: ${p.percent}%`,
            done: String(p.done),
            total: String(p.total),
        };
    }

    handleStatusChange(event) {
        const taskId = event.target.dataset.taskId;
        this.pending = { ...this.pending, [taskId]: event.detail.value };
        return this.saveStatus(taskId);
    }

    async saveStatus(taskId) {
        const task = this.tasks.find((x) => x.id === taskId);
        const status = this.pending[taskId];
        if (!task || !status) return;
        this.writeErrors = undefined;
        try {
            await updateRecord({ fields: { Id: taskId, Status__c: status } }, unmodifiedSince(task.lastModified));
            this.forget(taskId);
            await refreshResult(this.wiredResult);
        } catch (error) {
            // On a stale write the chosen status stays on screen: after a reload the user applies it again.
            this.writeErrors = error;
            if (!isStaleWriteError(error)) this.forget(taskId);
        }
    }

    forget(taskId) {
        const rest = { ...this.pending };
        delete rest[taskId];
        this.pending = rest;
    }

    get hasPending() {
        return Object.keys(this.pending).length > 0 && !this.writeErrors;
    }

    async handleReload() {
        this.writeErrors = undefined;
        await refreshResult(this.wiredResult);
    }

    async handleApplyPending() {
        for (const taskId of Object.keys(this.pending)) {
            // eslint-disable-next-line no-await-in-loop
            await this.saveStatus(taskId);
        }
    }

    get labels() {
        return {
            title: label('plan.title'),
            loading: label('state.loading'),
            noDiagnosis: label('plan.noDiagnosis'),
            noTasks: label('plan.noTasks'),
            preview: label('plan.preview'),
            previewTitle: label('plan.previewTitle'),
            nothingNew: label('plan.nothingNew'),
            cancel: label('plan.cancel'),
            task: label('plan.task'),
            owner: label('plan.owner'),
            status: label('plan.status'),
            due: label('plan.due'),
            dependsOn: label('plan.dependsOn'),
            items: label('plan.items'),
            transition: label('plan.transitionHeader'),
            done: label('plan.done'),
            total: label('plan.total'),
            percent: label('plan.percent'),
            timeline: label('plan.timeline'),
            byTransition: label('plan.byTransition'),
            overdue: label('plan.overdue'),
            statusPlaceholder: label('plan.statusPlaceholder'),
            progressTitle: label('plan.progressTitle'),
            applyPending: label('plan.applyPending'),
            targetLevel: label('plan.targetLevel'),
            acceptance: t(lang, 'report.plan.acceptance'),
            invalid: label('error.invalidData'),
            saveFailed: label('error.saveFailed'),
        };
    }
}
