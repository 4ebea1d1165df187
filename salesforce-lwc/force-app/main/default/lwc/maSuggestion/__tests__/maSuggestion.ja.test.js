// The admin's language is Japanese: the page's own texts and the core's
// reasons and verdict are Japanese, and it stays accessible.
import { $, $$, AT, clockAt, flush, generateOrg, load, mount, reset, text } from './suggestionTestUtils';

jest.mock('@salesforce/i18n/lang', () => ({ default: 'ja' }), { virtual: true });
jest.mock('@salesforce/customPermission/MA_Manage_Programs', () => ({ __esModule: true, default: true }), { virtual: true });

describe('c-ma-suggestion in Japanese', () => {
    beforeEach(() => clockAt(AT));
    afterEach(reset);

    it('shows the suggestion, its reasons and the held-out backtests in Japanese', async () => {
        const element = await load(mount(), generateOrg());
        expect($(element, 'lightning-card').title).toBe('スコアリングモデルの提案');
        expect($(element, '[data-id="verdict"] lightning-badge').label).toBe('改善: 提案モデルの方が成果を見分けています');
        expect(text(element, '[data-id="verdict-text"]')).toMatch(/^学習に使っていない新しいリード210件で、提案モデルは今のモデルより受注するリードを上位に並べました/);
        expect([...$$(element, '[data-id="rules"] thead th')].map((th) => th.textContent)).toEqual(['ルール', '種類', '今の点数', '提案', '差', '理由']);
        const decisionMaker = $(element, 'tr[data-rule="decision-maker"]');
        expect(decisionMaker.querySelector('th').textContent).toBe('決裁者');
        expect(decisionMaker.lastElementChild.textContent).toMatch(/^成果との結びつきが今の配点より強いため、点数を上げます。/);
        expect($(element, '[data-id="draft"]').label).toBe('提案をバージョン 2 の下書きにする');
        $(element, '[data-id="draft"]').click();
        await flush();
        expect(text(element, '[data-id="confirm"]')).toMatch(/3部門が「MQL \/ SAL \/ SQL の定義」で確認して承認するまで、運用中のルールは変わりません/);
        await expect(element).toBeAccessible();
    });

    it('says “not enough outcomes yet” in Japanese, with the core’s refusal beside it', async () => {
        const element = await load(mount(), generateOrg({ count: 120 }));
        expect(text(element, '[data-id="not-enough"] h3')).toBe('まだ十分な成果がありません');
        expect(text(element, '[data-id="not-enough"] li')).toMatch(/a suggestion needs at least 50 of each/);
        await expect(element).toBeAccessible();
    });
});
