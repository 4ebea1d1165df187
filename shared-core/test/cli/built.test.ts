// The installed command end to end: the bundled dist/cli.cjs through the bin
// wrapper, in a child process. Built here when missing or older than the source.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist', 'cli.cjs');
const bin = join(root, 'bin', 'ma-maturity.cjs');

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    return Math.max(newest, mtime);
  }, 0);
}

beforeAll(() => {
  if (!existsSync(dist) || statSync(dist).mtimeMs < newestSource(join(root, 'src'))) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe' });
  }
}, 120_000);

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, input: input ?? '', encoding: 'utf8' });

describe('the built ma-maturity command', () => {
  it('diagnoses a file and prints JSON', () => {
    const result = run(['diagnose', 'examples/diagnosis.json', '--as-of', '2026-11-27']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expect.objectContaining({ level: 2, checkedCount: 6, nextLevel: 3 }));
  });

  it('plans from stdin', () => {
    const result = run(['plan', '-', '--start', '2026-12-01', '--lang', 'en'], '{"answers": {"1": true}}');
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.level).toBe(1);
    expect(plan.projectedLevel).toBeGreaterThanOrEqual(2);
  });

  it('exits 2 with one message and an empty stdout on bad input', () => {
    const result = run(['diagnose'], '{"answers": {"16": true}}');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^ma-maturity diagnose: answers\.16: /)]);
  });
});
