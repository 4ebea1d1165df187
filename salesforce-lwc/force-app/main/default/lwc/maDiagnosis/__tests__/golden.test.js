// Runs every diagnosis case of tests/cases/golden.json through the component:
// the case becomes the latest saved MA_Diagnosis__c (taken at `asOf`) and its
// history the earlier records; the DISPLAYED figures must equal the expectation.
import { graphql } from 'lightning/graphql';
import { flush, mount, cleanup, shown, diagnosesData } from './diagnosisTestUtils';

const GOLDEN = require('../../../../../../../tests/cases/golden.json');

/** The alignment as shown: the disagreeing items and the level spread, or null when not shown. */
function alignmentOf(node) {
    if (!node) return null;
    const items = node.dataset.disagreements;
    return { disagreements: items ? items.split(',').map(Number) : [], levelSpread: Number(node.dataset.spread) };
}

const dash = (value) => (value === null ? '—' : String(value));

/** The profile table as shown, one column per answer set: axis -> "checked/total (percent)". */
function profileShown(root) {
    const columns = [...root.querySelectorAll('[data-id="profile"] thead th[data-column]')].map((th) => th.dataset.column);
    const table = {};
    for (const tr of root.querySelectorAll('[data-id="profile"] tbody tr')) {
        [...tr.querySelectorAll('td')].forEach((td, i) => {
            table[columns[i]] = { ...table[columns[i]], [tr.dataset.axis]: td.textContent.trim() };
        });
    }
    return table;
}

/** A golden profile as the table writes it (shares to one decimal, as every rate). */
const profileCells = (profile) =>
    Object.fromEntries(profile.map((a) => [a.axis, `${a.checked}/${a.total} (${(Math.round(a.share * 1000) / 10).toFixed(1)}%)`]));

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
        const root = element.shadowRoot;
        const shownValues = {
            level: shown(element, 'level'),
            checkedCount: shown(element, 'checked-count'),
            nextLevel: shown(element, 'next-level'),
            checksToNextLevel: shown(element, 'checks-to-next-level'),
            effectiveLevel: shown(element, 'effective-level'),
            gaps: [...root.querySelectorAll('[data-id="gaps"] li')].map((li) => Number(li.dataset.item)).sort((a, b) => a - b),
            failurePatterns: [...root.querySelectorAll('[data-id="failure-patterns"] > li')].map((li) => li.dataset.patternId).sort(),
            contradictions: [...root.querySelectorAll('[data-id="contradictions"] li')]
                .map((li) => [Number(li.dataset.item), Number(li.dataset.requires)])
                .sort((a, b) => a[0] - b[0] || a[1] - b[1]),
            byRole: Object.fromEntries(
                [...root.querySelectorAll('[data-id="by-role"] tbody tr')].map((tr) => [tr.dataset.role, Number(tr.querySelector('td').textContent)])
            ),
            alignment: alignmentOf(root.querySelector('[data-id="alignment"]')),
            unanswered: [...root.querySelectorAll('[data-id="unanswered"] li')].map((li) => Number(li.dataset.item)),
            profile: profileShown(root),
            weakestAxis: root.querySelector('[data-id="weakest-axis"]').dataset.axis || null,
        };
        const expected = {
            level: String(want.level),
            checkedCount: String(want.checkedCount),
            nextLevel: dash(want.nextLevel),
            checksToNextLevel: dash(want.checksToNextLevel),
            effectiveLevel: String(want.effectiveLevel),
            gaps: [...want.gaps].sort((a, b) => a - b),
            failurePatterns: [...want.failurePatterns].sort(),
            contradictions: want.contradictions,
            // Levels by role are shown only when several departments answered.
            byRole: want.byRole || {},
            alignment: want.alignment
                ? { disagreements: want.alignment.disagreements, levelSpread: want.alignment.levelSpread }
                : null,
            unanswered: want.unanswered,
            // The consensus always; each department's own column when several answered.
            profile: {
                all: profileCells(want.profile),
                ...Object.fromEntries(Object.entries(want.profileByRole || {}).map(([role, profile]) => [role, profileCells(profile)])),
            },
            weakestAxis: want.weakestAxis,
        };
        expect(shownValues).toEqual(expected);
    });
});
