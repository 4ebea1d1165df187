// The functions are plain CommonJS (what HubSpot runs), type-checked here by
// tsc (checkJs, strict null checks) against @hubspot/api-client's and the
// core's own types, so a misspelt API method or a core call that does not fit
// the core's signature fails a test instead of a portal. One tsc run checks
// the real folder and a copy with seeded defects.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const appDir = join(__dirname, '..', '..');
const functionsDir = join(appDir, 'src', 'app', 'functions');
const rootModules = join(appDir, '..', 'node_modules');
const tsc = join(rootModules, 'typescript', 'bin', 'tsc');

describe('the app functions type-check', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ma-fn-typecheck-'));
    symlinkSync(rootModules, join(work, 'node_modules'), 'dir');
    const seeded = join(work, 'seeded');
    cpSync(functionsDir, seeded, { recursive: true, filter: (src) => !src.endsWith('maCore.cjs') });
    const seed = (file: string, from: string, to: string) => {
      const path = join(seeded, file);
      const source = readFileSync(path, 'utf8');
      expect(source).toContain(from);
      writeFileSync(path, source.replace(from, to));
    };
    seed('fn-tasks.cjs', 'batchApi.read(', 'batchApi.reed(');
    seed('ma-update-task.js', 'basicApi.getById(', 'basicApi.getByID(');
    seed('ma-sign-definitions.js', 'storedSignatures(stored), attempt, signer)', 'storedSignatures(stored), attempt)');
    const config = JSON.parse(readFileSync(join(functionsDir, 'tsconfig.check.json'), 'utf8'));
    config.include = [join(functionsDir, '*.js'), join(functionsDir, '*.cjs'), 'seeded/*.js', 'seeded/*.cjs'];
    config.exclude = [join(functionsDir, 'maCore.cjs')];
    writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(config));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('finds no error in the functions, and each seeded defect in the copy', () => {
    const run = spawnSync(process.execPath, [tsc, '-p', join(work, 'tsconfig.json'), '--pretty', 'false'], { encoding: 'utf8' });
    const errors = run.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    expect(errors.filter((line) => !line.includes('seeded'))).toEqual([]);
    expect(errors).toHaveLength(3);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/seeded[\\/]fn-tasks\.cjs.*'reed' does not exist/),
        expect.stringMatching(/seeded[\\/]ma-update-task\.js.*'getByID' does not exist/),
        expect.stringMatching(/seeded[\\/]ma-sign-definitions\.js.*Expected 4 arguments, but got 3/),
      ]),
    );
  }, 180000);
});
