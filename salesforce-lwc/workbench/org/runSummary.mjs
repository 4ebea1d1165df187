// What one engine run did for one program, as the Apex MaRunSummary keeps it:
// records evaluated and updated, MQL stamps, actions by type and the first
// problems in words (each naming the field or record). A sweep writes it on
// the program's Last_Run_* fields, as MaRescoreBatch.finish does.
const MAX_MESSAGES = 20;

export function createRunSummary() {
    const actions = new Map();
    const messages = [];
    const summary = {
        evaluated: 0,
        updated: 0,
        mqls: 0,
        errors: 0,
        countAction(type) {
            actions.set(type, (actions.get(type) || 0) + 1);
        },
        actionCount: () => [...actions.values()].reduce((a, b) => a + b, 0),
        /** A record that could not be evaluated or written. */
        error(message) {
            summary.errors += 1;
            summary.note(message);
        },
        /** A problem that did not stop the record (a missing manager, a skipped mapping entry). */
        note(message) {
            if (messages.length < MAX_MESSAGES && !messages.includes(message)) messages.push(message);
        },
        /** One line of counts per action type, then the problems. */
        describe: () => [...[...actions.keys()].sort().map((type) => `${type}: ${actions.get(type)}`), ...messages].join('\n').slice(0, 32000),
        /** The program's Last_Run_* fields. */
        programFields: (finishedAt) => ({
            Last_Run_At__c: finishedAt,
            Last_Run_Evaluated__c: summary.evaluated,
            Last_Run_Updated__c: summary.updated,
            Last_Run_MQLs__c: summary.mqls,
            Last_Run_Actions__c: summary.actionCount(),
            Last_Run_Errors__c: summary.errors,
            Last_Run_Message__c: summary.describe() || null,
        }),
    };
    return summary;
}
