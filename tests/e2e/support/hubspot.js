// Driving the HubSpot preview (/hubspot/ of the workbench) as a user does:
// its cards are found by the extension they draw and by the cards' own
// testIds (the host writes them as data-testid), controls by their labels.
const { signIn } = require('./browser');
const { eventually } = require('./lightning');

/** Signs in through the workbench (role and language switches), then opens a preview route, e.g. `#/contacts`. */
async function openPreview(page, url, { role = 'admin', lang = 'ja', route = '' } = {}) {
    await signIn(page, url, { role, lang });
    await page.goto(`${url}hubspot/${route}`);
    await page.locator('[data-testid="preview-banner"]').waitFor();
}

/** The card frame of an extension by its uid (e.g. ma_diagnosis_card). */
function card(page, uid) {
    return page.locator(`[data-extension="${uid}"]`);
}

function byTestId(scope, id) {
    return scope.locator(`[data-testid="${id}"]`);
}

/** Opens a company card's tab from the program company's record page, as a user clicks it. */
async function openCompanyCard(page, uid) {
    await page.locator('[data-testid="company-record"]').waitFor();
    const tab = page.locator('.hsp-record-tabs a').filter({ hasText: await cardTitle(page, uid) });
    await tab.click();
    const frame = card(page, uid);
    await frame.waitFor();
    await settled(frame);
    return frame;
}

/** Waits until the card has drawn and loaded its data (no loading state left). */
async function settled(frame) {
    await eventually(async () => {
        expect(await frame.locator('[data-testid="extension-loading"], [data-testid="state-loading"]').count()).toBe(0);
        expect(await frame.locator('.hsp-card__body > *').count()).toBeGreaterThan(0);
    });
}

/** The card's title in the page's language, as the project's hsmeta names it. */
async function cardTitle(page, uid) {
    return page.evaluate((id) => {
        const config = JSON.parse(document.getElementById('hs-config').textContent);
        return config.extensions.find((e) => e.uid === id).title[document.documentElement.lang];
    }, uid);
}

/** The figure of a StatisticsItem (HubSpot's statistic: label, then the number). */
async function statistic(scope, testId) {
    const number = byTestId(scope, testId).locator('.hs-stat__number');
    await number.waitFor();
    return (await number.innerText()).trim();
}

/** Waits until the card's last write is confirmed (its WriteFeedback "saved" alert). */
async function expectSaved(scope) {
    await byTestId(scope, 'write-saved').waitFor({ timeout: 30000 });
}

module.exports = { openPreview, card, byTestId, openCompanyCard, cardTitle, settled, statistic, expectSaved };
