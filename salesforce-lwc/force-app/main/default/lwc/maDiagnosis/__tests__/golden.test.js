// Runs every diagnosis case of tests/cases/golden.json through the component:
// the case becomes the latest saved MA_Diagnosis__c (taken at `asOf`) and its
// history the earlier records; the DISPLAYED figures must equal the expectation.
import { graphql } from 'lightning/graphql';
import { flush, mount, cleanup, shown, diagnosesData } from './diagnosisTestUtils';

const GOLDEN = require('../../../../../../../tests/cases/golden.json');

const dash = (value) => (value === null ? '—' : String(value));

function asRecords(testCase) {
    const latest = { takenAt: testCase.asOf, answers: testCase.input.answers, respondents: testCase.input.respondents };
    const earlier = (testCase.input.history || [])
        .slice()
        .sort((a, b) => String(b.takenAt).localeCompare(String(a.takenAt)));
    return [latest, ...earlier];
}

describe('c-ma-diagnosis golden cases', () => {
    afterEach(cleanup);

    it('has diagnosis cases to run', () => {
        expect(GOLDEN.specVersion).toBe(1);
        expect(GOLDEN.diagnosis.length).toBeGreaterThan(0);
    });

    it.each(GOLDEN.diagnosis.map((c) => [c.name, c]))('%s', async (name, testCase) => {
        const element = mount();
        graphql.emit(diagnosesData(asRecords(testCase)));
        await flush();
        const want = testCase.expect;
        expect(shown(element, 'level')).toBe(String(want.level));
        expect(shown(element, 'checked-count')).toBe(String(want.checkedCount));
        expect(shown(element, 'next-level')).toBe(dash(want.nextLevel));
        expect(shown(element, 'checks-to-next-level')).toBe(dash(want.checksToNextLevel));
        expect(shown(element, 'effective-level')).toBe(String(want.effectiveLevel));
        const gaps = [...element.shadowRoot.querySelectorAll('[data-id="gaps"] li')].map((li) => Number(li.dataset.item));
        expect([...gaps].sort((a, b) => a - b)).toEqual([...want.gaps].sort((a, b) => a - b));
        const patterns = [...element.shadowRoot.querySelectorAll('[data-id="failure-patterns"] > li')]
            .map((li) => li.dataset.patternId)
            .sort();
        expect(patterns).toEqual([...want.failurePatterns].sort());
        if (want.contradictions) {
            const pairs = [...element.shadowRoot.querySelectorAll('[data-id="contradictions"] li')]
                .map((li) => [Number(li.dataset.item), Number(li.dataset.requires)])
                .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
            expect(pairs).toEqual(want.contradictions);
        }
        if (want.byRole) {
            const byRole = {};
            element.shadowRoot.querySelectorAll('[data-id="by-role"] tbody tr').forEach((tr) => {
                byRole[tr.dataset.role] = Number(tr.querySelector('td').textContent);
            });
            expect(byRole).toEqual(want.byRole);
        }
        if (want.alignment) {
            expect(shown(element, 'alignment')).toContain(`level spread ${want.alignment.levelSpread}`);
            expect(shown(element, 'alignment')).toContain(want.alignment.disagreements.join(', ') || '—');
        }
    });
});
