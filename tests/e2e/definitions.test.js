// Scenario 3: the three departments sign in turn and the set is agreed only
// after the third; an admin edit then starts a new version with no signatures;
// a sign-off from a page that went stale is refused with a clear message.
const { useSession } = require('./support/session');
const { signIn, seriousViolations, screenshot } = require('./support/browser');
const { byDataId, chooseOption, eventually, expectText } = require('./support/lightning');

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

async function sign({ page, definitions }, role, roleLabel) {
    if (role) await chooseOption(page, byDataId(definitions, 'role'), roleLabel);
    await byDataId(definitions, 'sign').locator('button').click();
}

test('sign-off by three departments, an admin edit starts a new version, a stale sign-off is refused', async () => {
    // The sample org's v2 is in review with marketing and inside sales signed.
    const sales = await definitionsPage('sales');
    await expectText(byDataId(sales.definitions, 'version'), /^2$/);
    expect(await state(sales.definitions)).toBe('in_review');
    await expectText(byDataId(sales.definitions, 'sign-off-count'), /3部門中2部門/);
    await sign(sales, 'sales', /^営業$/);
    await eventually(async () => expect(await state(sales.definitions)).toBe('agreed'));
    await expectText(byDataId(sales.definitions, 'in-force'), /2/);

    // An admin starts v3 from a template: a draft with no signatures, then sent for review.
    const admin = await definitionsPage('admin');
    await expectText(byDataId(admin.definitions, 'version'), /^2$/);
    await byDataId(admin.definitions, 'draft-from-template').locator('button').click();
    await expectText(byDataId(admin.definitions, 'version'), /^3$/);
    expect(await state(admin.definitions)).toBe('draft');
    await expectText(byDataId(admin.definitions, 'sign-off-count'), /3部門中0部門/);
    await byDataId(admin.definitions, 'submit').locator('button').click();
    await eventually(async () => expect(await state(admin.definitions)).toBe('in_review'));

    // Marketing signs first: still in review.
    const marketing = await definitionsPage('marketing');
    await expectText(byDataId(marketing.definitions, 'version'), /^3$/);
    await sign(marketing);
    await expectText(byDataId(marketing.definitions, 'sign-off-count'), /3部門中1部門/);
    expect(await state(marketing.definitions)).toBe('in_review');
    // The signature carries the signed-in user (the sample org's marketing manager).
    await expectText(byDataId(marketing.definitions, 'signatures'), /佐藤 美咲/);

    // Inside sales and sales open the page at the same time; inside sales signs first.
    const insideSales = await definitionsPage('insideSales');
    const staleSales = await definitionsPage('sales');
    await expectText(byDataId(staleSales.definitions, 'sign-off-count'), /3部門中1部門/);
    await sign(insideSales);
    await expectText(byDataId(insideSales.definitions, 'sign-off-count'), /3部門中2部門/);
    expect(await state(insideSales.definitions)).toBe('in_review');

    // The sales page still shows one signature: its sign-off is refused, not lost in silence.
    await sign(staleSales, 'sales', /^営業$/);
    const panel = staleSales.definitions.locator('c-error-panel');
    await eventually(async () => expect(await panel.innerText()).toMatch(/他のユーザーが変更しました|再読み込み/));
    await screenshot(staleSales.page, 'scenario-3-definitions-stale-refused');

    // After a reload sales signs the version it now sees: agreed only after this third signature.
    await staleSales.page.reload();
    await expectText(byDataId(staleSales.definitions, 'sign-off-count'), /3部門中2部門/);
    expect(await state(staleSales.definitions)).toBe('in_review');
    await sign(staleSales, 'sales', /^営業$/);
    await eventually(async () => expect(await state(staleSales.definitions)).toBe('agreed'));
    await expectText(byDataId(staleSales.definitions, 'in-force'), /3/);

    expect(await seriousViolations(staleSales.page)).toEqual([]);
    await screenshot(staleSales.page, 'scenario-3-definitions-agreed');
    expect(session.browser.errors.filter((e) => !/412|Precondition Failed/.test(e))).toEqual([]);
});
