// Debian's Chromium driven by playwright-core (no browser download), headless,
// with a fresh profile per scenario; axe-core checks and screenshots.
const { chromium } = require('playwright-core');
const { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { repoRoot } = require('./workbench');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function openBrowser() {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'ma-e2e-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ARGS,
        viewport: { width: 1280, height: 900 },
        locale: 'ja-JP',
        timezoneId: 'Asia/Tokyo',
    });
    const errors = [];
    context.on('page', (page) => watch(page, errors));
    for (const page of context.pages()) watch(page, errors);
    return {
        context,
        errors,
        newPage: () => context.newPage(),
        close: async () => {
            await context.close();
            rmSync(profile, { recursive: true, force: true });
        },
    };
}

function watch(page, errors) {
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
}

/** Signs in as a role's sample user in a language (the workbench keeps both in localStorage). */
async function signIn(page, url, { role = 'admin', lang = 'ja' } = {}) {
    await page.goto(url);
    await page.evaluate(([r, l]) => {
        window.localStorage.setItem('wb.role', r);
        window.localStorage.setItem('wb.lang', l);
    }, [role, lang]);
    // User and language are read once per page load, as on the platform.
    await page.reload();
    const signedIn = await page.locator('[data-id="signed-in"]').innerText();
    const expected = ROLE_LABELS[lang][role];
    if (!signedIn.includes(expected)) throw new Error(`signed in as "${signedIn}", expected ${expected}`);
}

const ROLE_LABELS = {
    ja: { marketing: 'マーケティング', insideSales: 'インサイドセールス', sales: '営業', admin: '管理者' },
    en: { marketing: 'Marketing', insideSales: 'Inside sales', sales: 'Sales', admin: 'Admin' },
};

/** axe-core on the whole page: the serious and critical violations, as readable lines. */
async function seriousViolations(page) {
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    });
    return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.targets.join(' | ')}`);
}

/**
 * Saves a full-page screenshot to test-artifacts/e2e/; with `docs`, also the
 * first screen to docs/screenshots/ (the README shows those) when it is missing
 * or MA_UPDATE_SCREENSHOTS=1, so an ordinary run leaves the committed ones alone.
 */
async function screenshot(page, name, { docs: toDocs = false } = {}) {
    const artifacts = path.join(repoRoot, 'test-artifacts', 'e2e');
    const docs = path.join(repoRoot, 'docs', 'screenshots');
    mkdirSync(artifacts, { recursive: true });
    if (toDocs) mkdirSync(docs, { recursive: true });
    const file = path.join(artifacts, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const docsFile = path.join(docs, `${name}.png`);
    if (toDocs && (process.env.MA_UPDATE_SCREENSHOTS === '1' || !existsSync(docsFile))) await page.screenshot({ path: docsFile, fullPage: false });
    return file;
}

/** Saves one element (a chart with its table) to test-artifacts/e2e/ and, like screenshot(), to docs/screenshots/. */
async function elementScreenshot(locator, name) {
    const artifacts = path.join(repoRoot, 'test-artifacts', 'e2e');
    const docs = path.join(repoRoot, 'docs', 'screenshots');
    mkdirSync(artifacts, { recursive: true });
    mkdirSync(docs, { recursive: true });
    await locator.screenshot({ path: path.join(artifacts, `${name}.png`) });
    const docsFile = path.join(docs, `${name}.png`);
    if (process.env.MA_UPDATE_SCREENSHOTS === '1' || !existsSync(docsFile)) await locator.screenshot({ path: docsFile });
}

module.exports = { openBrowser, signIn, seriousViolations, screenshot, elementScreenshot };
