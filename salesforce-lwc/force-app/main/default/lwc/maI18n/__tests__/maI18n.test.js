import { UI_LABELS } from '../uiLabels';
import { label, formatPercent, formatScore, formatMinutes, roleOptions } from 'c/maI18n';

const placeholders = (text) => (text.match(/\{\w+\}/g) || []).sort();

describe('c/maI18n', () => {
    it('has the same UI keys in Japanese and English, each non-empty, with the same placeholders', () => {
        expect(Object.keys(UI_LABELS.en).sort()).toEqual(Object.keys(UI_LABELS.ja).sort());
        for (const key of Object.keys(UI_LABELS.ja)) {
            expect([key, UI_LABELS.ja[key].trim() !== '', UI_LABELS.en[key].trim() !== '']).toEqual([key, true, true]);
            expect([key, placeholders(UI_LABELS.ja[key])]).toEqual([key, placeholders(UI_LABELS.en[key])]);
        }
    });

    it('fills placeholders and falls back to the core catalog for domain texts', () => {
        expect(label('plan.create', { count: 3 }, 'en')).toBe('Create 3 tasks');
        expect(label('plan.create', { count: 3 }, 'ja')).toBe('3件のタスクを作成');
        expect(label('role.insideSales', undefined, 'en')).toBe('Inside sales');
        expect(label('kpi.winRate', undefined, 'en')).toBe('Win rate');
    });

    it('formats rates, scores and durations as documented', () => {
        expect(formatPercent(1 / 3)).toBe('33.3%');
        expect(formatPercent(0.6)).toBe('60.0%');
        expect(formatPercent(null)).toBe('—');
        expect(formatScore(6.25)).toBe('6.25');
        expect(formatScore(84.6666)).toBe('84.67');
        expect(formatScore(40)).toBe('40');
        expect(formatMinutes(30, 'en')).toBe('30 min');
        expect(formatMinutes(125, 'en')).toBe('2 h 05 min');
        expect(formatMinutes(125, 'ja')).toBe('2時間05分');
    });

    it('offers the four roles, or the three signing departments', () => {
        expect(roleOptions(false, 'en').map((o) => o.value)).toEqual(['marketing', 'insideSales', 'sales', 'admin']);
        expect(roleOptions(true, 'ja').map((o) => o.value)).toEqual(['marketing', 'insideSales', 'sales']);
    });
});
