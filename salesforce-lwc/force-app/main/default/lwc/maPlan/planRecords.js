// Plan tasks <-> MA_Task__c records: reading task nodes, the record input of a
// new task, and which plan tasks are new (Task_Key__c is the dedupe key).

export const TASK_STATUSES = ['Not_Started', 'In_Progress', 'Blocked', 'Done'];

/** A MA_Task__c GraphQL node as plain data. */
export function taskFromNode(node, val, splitList) {
    return {
        id: node.Id,
        key: val(node, 'Task_Key__c'),
        title: val(node, 'Title__c') || '',
        transition: val(node, 'Transition__c') || '',
        checklistItems: splitList(val(node, 'Checklist_Items__c')),
        ownerRole: val(node, 'Owner_Role__c'),
        status: val(node, 'Status__c') || 'Not_Started',
        due: val(node, 'Due_Date__c'),
        dependsOn: splitList(val(node, 'Depends_On__c')),
        acceptance: (val(node, 'Acceptance_Criteria__c') || '').split('\n').filter((line) => line.trim() !== ''),
        lastModified: val(node, 'LastModifiedDate'),
    };
}

/** The plan tasks that have no record yet: generating twice never duplicates. */
export function newPlanTasks(plan, existingTasks) {
    const existing = new Set(existingTasks.map((task) => task.key));
    return plan.tasks.filter((task) => !existing.has(task.id));
}

/** The record input that creates one plan task. */
export function taskRecordInput(task, { programId, diagnosisId }) {
    return {
        apiName: 'MA_Task__c',
        fields: {
            Name: task.title.slice(0, 80),
            Program__c: programId,
            Diagnosis__c: diagnosisId,
            Task_Key__c: task.id,
            Title__c: task.title.slice(0, 255),
            Transition__c: task.transition,
            Checklist_Items__c: task.checklistItems.join(';'),
            Owner_Role__c: task.owner,
            Participants__c: task.participants.join(';'),
            Status__c: 'Not_Started',
            Due_Date__c: task.due,
            Depends_On__c: task.dependsOn.join(';'),
            Acceptance_Criteria__c: task.acceptance.join('\n'),
        },
    };
}
