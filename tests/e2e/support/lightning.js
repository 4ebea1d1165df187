// Driving base components the way a user does: comboboxes are opened and an
// option clicked; waits are on what the user would see, never on time.
async function chooseOption(page, combobox, optionName) {
    await combobox.locator('button[role="combobox"], input[role="combobox"]').first().click();
    await combobox.getByRole('option', { name: optionName }).first().click();
}

/** The text of a component element found by its data-id. */
function byDataId(scope, id) {
    return scope.locator(`[data-id="${id}"]`);
}

module.exports = { chooseOption, byDataId };

/** Retries an assertion until it passes (the page updates asynchronously) or the time is up. */
async function eventually(assertion, timeout = 30000) {
    const until = Date.now() + timeout;
    for (;;) {
        try {
            return await assertion();
        } catch (error) {
            if (Date.now() > until) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
        }
    }
}

/** Waits until the locator's text matches. */
async function expectText(locator, pattern, timeout) {
    await eventually(async () => expect((await locator.innerText()).trim()).toMatch(pattern), timeout);
}

/** The toasts shown so far, as "variant: title message". */
async function toasts(page) {
    return page.locator('[data-id="toasts"] [data-variant]').evaluateAll((nodes) => nodes.map((n) => `${n.dataset.variant}: ${n.innerText.replace(/\s+/g, ' ').trim()}`));
}

module.exports.eventually = eventually;
module.exports.expectText = expectText;
module.exports.toasts = toasts;
