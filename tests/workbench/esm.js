// The local org is ES modules; this runner is CommonJS jest. Each check runs
// in a child Node that imports the modules by path and prints its answer as JSON.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const org = (file) => JSON.stringify(path.resolve(__dirname, '..', '..', 'salesforce-lwc', 'workbench', file));

/** Runs an ES module body (which ends by printing JSON) and answers the parsed output. */
function runModule(source) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`child node failed (${run.status}):\n${run.stderr}`);
    return JSON.parse(run.stdout);
}

module.exports = { runModule, org };
