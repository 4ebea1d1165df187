import { UI_LABELS } from '../uiLabels';
import { label, roleOptions } from 'c/maI18n';
import { catalogs } from 'c/maCore';
// Loading the method and the suggestion parts adds their texts to the core's catalog.
import 'c/maMethod';
import 'c/maLearn';

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

    it('repeats no text the core has: figure names, formats and domain texts come from the core', () => {
        for (const language of ['ja', 'en']) {
            const copies = Object.keys(UI_LABELS[language]).filter((key) => Object.prototype.hasOwnProperty.call(catalogs[language], key));
            expect([language, copies]).toEqual([language, []]);
        }
        expect(label('figure.effectiveLevel', undefined, 'ja')).toBe('実効レベル');
    });

    it('offers the four roles, or the three signing departments', () => {
        expect(roleOptions(false, 'en').map((o) => o.value)).toEqual(['marketing', 'insideSales', 'sales', 'admin']);
        expect(roleOptions(true, 'ja').map((o) => o.value)).toEqual(['marketing', 'insideSales', 'sales']);
    });
});
