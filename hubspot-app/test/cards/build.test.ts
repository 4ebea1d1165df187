// Every card builds offline with HubSpot's own build function
// (scripts/build-cards.mjs runs buildSingleExtension for each *-hsmeta.json
// card); any build error, or a warning about something the cloud build does
// not support, fails this test. The sizes are printed for the report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const appRoot = join(__dirname, '..', '..');
const extensionDirs = ['cards', 'settings'].map((folder) => join(appRoot, 'src', 'app', folder));

interface Row {
  card: string;
  uid: string;
  ok: boolean;
  problems: string[];
  bytes: number;
  gzipBytes: number;
}

describe('offline build of the cards and the settings page', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ma-card-report-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds every card and the settings page with buildSingleExtension, without errors', () => {
    const reportFile = join(dir, 'report.json');
    const run = spawnSync(process.execPath, [join(appRoot, 'scripts', 'build-cards.mjs'), '--json', reportFile], {
      cwd: appRoot,
      encoding: 'utf8',
      timeout: 300_000,
    });
    console.log(run.stdout);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Row[];
    const uids = extensionDirs
      .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('-hsmeta.json')).map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { uid: string }).uid))
      .sort();
    expect(report.map((r) => r.uid).sort()).toEqual(uids);
    for (const row of report) {
      expect(row.problems).toEqual([]);
      expect(row.bytes).toBeGreaterThan(0);
      expect(row.gzipBytes).toBeLessThan(row.bytes);
    }
  }, 300_000);
});
