// Starts the workbench (salesforce-lwc/workbench/server/main.mjs) as its own
// process on a free port, over a fresh copy of the sample org in a temp folder
// (MA_WORKBENCH_DATA), and stops it. The sample org is generated once per test
// run into a template folder and copied for every scenario.
const { spawn, spawnSync } = require('node:child_process');
const { cpSync, existsSync, mkdtempSync, rmSync } = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const workbenchDir = path.join(repoRoot, 'salesforce-lwc', 'workbench');
// Set by global-setup.js; a file run on its own without it gets a folder of its own.
const templateDir = process.env.MA_E2E_SAMPLE_TEMPLATE || path.join(os.tmpdir(), `ma-workbench-sample-${process.pid}`);

function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

/** Builds the page bundle if a component changed since the last build. */
function ensureBundle(env) {
    const run = spawnSync(process.execPath, ['-e', `import(${JSON.stringify(path.join(workbenchDir, 'build', 'build.mjs'))}).then((m) => m.ensureBuilt())`], {
        cwd: repoRoot,
        env: { ...process.env, ...env },
        encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`workbench build failed:\n${run.stdout}\n${run.stderr}`);
}

function sampleTemplate() {
    if (existsSync(path.join(templateDir, 'org.sqlite'))) return templateDir;
    const run = spawnSync(process.execPath, [path.join(workbenchDir, 'sample', 'reset.mjs')], {
        cwd: repoRoot,
        env: { ...process.env, MA_WORKBENCH_DATA: templateDir, MA_SAMPLE_LANG: 'ja' },
        encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`sample org generation failed:\n${run.stdout}\n${run.stderr}`);
    return templateDir;
}

/**
 * `reuse`: a data folder from an earlier start (to check that writes persist
 * across restarts); it is then kept on stop unless `keep` is false. `env`:
 * more environment for the build and the server (e.g. MA_HUBSPOT_SRC).
 */
async function startWorkbench({ reuse, keep = Boolean(reuse), env = {} } = {}) {
    ensureBundle(env);
    let dataDir = reuse;
    if (!dataDir) {
        const template = sampleTemplate();
        dataDir = mkdtempSync(path.join(os.tmpdir(), 'ma-workbench-e2e-'));
        cpSync(path.join(template, 'org.sqlite'), path.join(dataDir, 'org.sqlite'));
    }
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(workbenchDir, 'server', 'main.mjs')], {
        cwd: repoRoot,
        // The scheduled engine run stays off unless a test turns it on: a quarter hour passing
        // mid-scenario would rewrite the records a page holds. Moving the clock still runs it.
        env: { ...process.env, HOST: '', MA_WORKBENCH_SCHEDULE: 'off', ...env, PORT: String(port), MA_WORKBENCH_DATA: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise((resolve, reject) => {
        const onData = (chunk) => {
            output += chunk;
            const m = /workbench: (http:\/\/[^\s/]+\/)/.exec(output);
            if (m) resolve(m[1]);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('exit', (code) => reject(new Error(`workbench exited with ${code}:\n${output}`)));
    });
    return {
        url,
        port,
        dataDir,
        output: () => output,
        stop: () =>
            new Promise((resolve) => {
                child.once('exit', () => {
                    if (!keep) rmSync(dataDir, { recursive: true, force: true });
                    resolve();
                });
                child.kill('SIGTERM');
            }),
    };
}

module.exports = { startWorkbench, repoRoot };
