// The core bundled into functions/ and cards/ must be a fresh bundle of the
// current shared-core: HubSpot's cloud build only sees these committed files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const appDir = join(__dirname, '..', '..');
const script = join(appDir, 'scripts', 'bundle-core.mjs');
const bundles = ['functions/maCore.cjs', 'cards/maCore.mjs'];

const run = (args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: appDir, encoding: 'utf8' });
const check = (outRoot?: string) => run(['--check', ...(outRoot ? ['--out-root', outRoot] : [])]);

describe('the bundled core', () => {
  it('is what bundle-core.mjs makes of the current shared-core (run npm run bundle-core -w hubspot-app)', () => {
    const fresh = check();
    expect(fresh.stderr).toBe('');
    expect(fresh.status).toBe(0);
  });

  it('is reported stale when a committed copy differs by one character', () => {
    const root = mkdtempSync(join(tmpdir(), 'ma-core-bundle-'));
    try {
      expect(run(['--out-root', root]).status).toBe(0);
      expect(check(root).status).toBe(0);
      const target = join(root, bundles[1]!);
      writeFileSync(target, `${readFileSync(target, 'utf8')} `);
      const stale = check(root);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('stale:');
      expect(stale.stderr).toContain('maCore.mjs');
      expect(stale.stderr).not.toContain('maCore.cjs');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('loads in Node as CommonJS with the zod the functions validate with (CSP-safe: jitless)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require(join(appDir, 'src', 'app', 'functions', 'maCore.cjs')) as { z: { config(): { jitless?: boolean } }; t: unknown };
    expect(typeof core.t).toBe('function');
    expect(core.z.config().jitless).toBe(true);
  });
});
