// Every golden `evaluate` case with a Salesforce block, through the mapping
// the component and the workbench's automation use (c/maLeadInput): the
// case's Lead record, Tasks and CampaignMembers become the engine's lead with
// the program's Field_Mapping__c, the core evaluates it, and the changes
// become field writes that must equal the case's `writes` exactly (the Apex
// MaLeadInput / MaLeadWrites answer the same cases in MaGoldenCasesTest).
// Written back to the record, the facts evaluate to nothing more.
import { readFileSync } from 'fs';
import { join } from 'path';
import { evaluateLeads } from 'c/maCore';
import { parseFieldMapping, engineLead, recordWrites, answerWrites, FACT_FIELDS } from 'c/maLeadInput';

const GOLDEN = require('../../../../../../../tests/cases/golden.json');
const CLASSES = join(__dirname, '..', '..', '..', 'classes');

const cases = GOLDEN.evaluate.filter((c) => c.salesforce);

function evaluate(testCase, record) {
    const source = GOLDEN.programs[testCase.program];
    const sf = testCase.salesforce;
    const lead = engineLead(testCase.lead.id, record, parseFieldMapping(source.salesforce.fieldMapping), sf.tasks || [], sf.campaignMembers || []);
    const answer = evaluateLeads(source.program, { leads: [lead] }, testCase.asOf, { explain: true });
    if (!answer.ok) throw new Error(JSON.stringify(answer.issues));
    return answer.value.results[0];
}

/** An Apex `Map<String, String>{ 'a' => 'B', ... }` constant of a class, as a plain object. */
function apexMap(className, constant) {
    const source = readFileSync(join(CLASSES, `${className}.cls`), 'utf8');
    const body = new RegExp(`${constant}\\s*=\\s*new Map<String, String>\\{([^}]*)\\}`).exec(source);
    if (!body) throw new Error(`${className}.${constant} not found`);
    return Object.fromEntries([...body[1].matchAll(/'([^']+)'\s*=>\s*'([^']+)'/g)].map((m) => [m[1], m[2]]));
}

describe('golden evaluate cases through the Salesforce mapping (c/maLeadInput)', () => {
    it('has Salesforce cases to run', () => {
        expect(cases.length).toBeGreaterThan(0);
    });

    it.each(cases.map((c) => [c.name, c]))('%s', (name, testCase) => {
        const result = evaluate(testCase, testCase.salesforce.record);
        const { explain, ...answer } = result;
        const round = (s) => ({ ...s, total: Number(s.total.toFixed(2)), fit: Number(s.fit.toFixed(2)), engagement: Number(s.engagement.toFixed(2)) });
        expect({ ...answer, score: round(answer.score) }).toEqual({ ...testCase.expect, score: round(testCase.expect.score) });
        expect(explain).toBeDefined();
        expect(recordWrites(result.changes)).toEqual(testCase.salesforce.writes);

        // The writes and the engine's other answers stored, evaluated again at the same instant: nothing to write or do.
        const stored = { ...testCase.salesforce.record, ...recordWrites(result.changes), ...answerWrites(result) };
        const again = evaluate(testCase, stored);
        expect([again.changes, again.actions]).toEqual([{}, []]);
    });

    it('writes every fact to the field the Apex engine writes and reads', () => {
        const changeFields = apexMap('MaLeadWrites', 'CHANGE_FIELDS');
        const dateFields = apexMap('MaLeadInput', 'FACT_FIELDS');
        expect(Object.keys(changeFields).length).toBeGreaterThan(5);
        expect(Object.keys(dateFields).length).toBeGreaterThan(5);
        for (const [fact, field] of Object.entries({ ...changeFields, ...dateFields })) expect([fact, FACT_FIELDS[fact]]).toEqual([fact, field]);
    });

    it('refuses a change no Lead or Contact field stores, naming it', () => {
        expect(() => recordWrites({ score: 70, mood: 'good' })).toThrow('changes.mood: no Lead or Contact field stores this fact');
    });
});
