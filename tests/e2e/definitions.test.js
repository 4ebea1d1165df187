// Scenario 3: the three departments sign and the set is agreed only with the
// third signature; an admin edit starts a new version with no signatures.
// Who signs is who is signed in: each page offers only the department its
// user holds, with no picker. Signatures never collide: departments signing
// from pages opened at the same time are all stored. An edit of the same
// thing from a page that went stale is refused with a clear message.
const { useSession } = require('./support/session');
const { signIn, seriousViolations, screenshot } = require('./support/browser');
const { byDataId, eventually, expectText } = require('./support/lightning');

const session = useSession();

/** A definitions page signed in as a role's sample user. */
async function definitionsPage(role) {
    const page = await session.browser.newPage();
    await signIn(page, session.workbench.url, { role });
    await page.goto(`${session.workbench.url}#/definitions`);
    const definitions = page.locator('c-ma-definitions');
    await byDataId(definitions, 'version').waitFor();
    return { page, definitions };
}

const state = (definitions) => byDataId(definitions, 'state').getAttribute('data-state');
const offered = (definitions) => definitions.locator('[data-id="sign"]').evaluateAll((nodes) => nodes.map((n) => n.dataset.role));
const sign = ({ definitions }) => byDataId(definitions, 'sign').locator('button').click();

test('sign-off by three departments, an admin edit starts a new version, signatures from pages opened together are all kept', async () => {
    // The sample org's v2 is in review with marketing and inside sales signed; sales is offered sales only.
    const sales = await definitionsPage('sales');
    await expectText(byDataId(sales.definitions, 'version'), /^2$/);
    expect(await state(sales.definitions)).toBe('in_review');
    await expectText(byDataId(sales.definitions, 'sign-off-count'), /3部門中2部門/);
    expect(await sales.definitions.locator('lightning-combobox[data-id="role"]').count()).toBe(0);
    await expectText(byDataId(sales.definitions, 'you-sign-for'), /営業/);
    expect(await offered(sales.definitions)).toEqual(['sales']);
    await sign(sales);
    await eventually(async () => expect(await state(sales.definitions)).toBe('agreed'));
    await expectText(byDataId(sales.definitions, 'in-force'), /2/);

    // An admin (no department: nothing to sign) starts v3 from a template: a draft with no signatures.
    const admin = await definitionsPage('admin');
    await expectText(byDataId(admin.definitions, 'version'), /^2$/);
    expect(await offered(admin.definitions)).toEqual([]);
    await byDataId(admin.definitions, 'draft-from-template').locator('button').click();
    await expectText(byDataId(admin.definitions, 'version'), /^3$/);
    expect(await state(admin.definitions)).toBe('draft');
    await expectText(byDataId(admin.definitions, 'sign-off-count'), /3部門中0部門/);

    // A second admin page opened on the draft; the first submits it; the second page's submit is refused, not lost in silence.
    const staleAdmin = await definitionsPage('admin');
    await expectText(byDataId(staleAdmin.definitions, 'version'), /^3$/);
    await byDataId(admin.definitions, 'submit').locator('button').click();
    await eventually(async () => expect(await state(admin.definitions)).toBe('in_review'));
    await byDataId(staleAdmin.definitions, 'submit').locator('button').click();
    const panel = staleAdmin.definitions.locator('c-error-panel');
    await eventually(async () => expect(await panel.innerText()).toMatch(/他のユーザーが変更しました|再読み込み/));
    await screenshot(staleAdmin.page, 'scenario-3-definitions-stale-refused');

    // Marketing, inside sales and sales open v3 at the same time; each signs from the page as it was opened.
    const marketing = await definitionsPage('marketing');
    const insideSales = await definitionsPage('insideSales');
    const lateSales = await definitionsPage('sales');
    for (const p of [marketing, insideSales, lateSales]) await expectText(byDataId(p.definitions, 'sign-off-count'), /3部門中0部門/);
    expect(await offered(marketing.definitions)).toEqual(['marketing']);
    expect(await offered(insideSales.definitions)).toEqual(['insideSales']);

    await sign(insideSales);
    await expectText(byDataId(insideSales.definitions, 'sign-off-count'), /3部門中1部門/);
    await sign(marketing);
    await expectText(byDataId(marketing.definitions, 'sign-off-count'), /3部門中2部門/);
    expect(await state(marketing.definitions)).toBe('in_review');
    // The signature carries the signed-in user (the sample org's marketing manager).
    await expectText(byDataId(marketing.definitions, 'signatures'), /佐藤 美咲/);

    // The sales page still shows no signature; its signature is the third, and the org agrees v3 and puts it in force.
    await sign(lateSales);
    await eventually(async () => expect(await state(lateSales.definitions)).toBe('agreed'));
    await expectText(byDataId(lateSales.definitions, 'sign-off-count'), /3部門中3部門/);
    await expectText(byDataId(lateSales.definitions, 'in-force'), /3/);
    expect(await lateSales.definitions.locator('c-error-panel').count()).toBe(0);

    expect(await seriousViolations(lateSales.page)).toEqual([]);
    await screenshot(lateSales.page, 'scenario-3-definitions-agreed');
    expect(session.browser.errors.filter((e) => !/412|Precondition Failed/.test(e))).toEqual([]);
});
