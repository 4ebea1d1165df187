// The core bundled into functions/ and cards/ must be a fresh bundle of the
// current shared-core: HubSpot's cloud build only sees these committed files.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const appDir = join(__dirname, '..', '..');
const script = join(appDir, 'scripts', 'bundle-core.mjs');
const bundles = ['functions/maCore.cjs', 'cards/maCore.mjs'];

const check = (outRoot?: string) =>
  spawnSync(process.execPath, [script, '--check', ...(outRoot ? ['--out-root', outRoot] : [])], { cwd: appDir, encoding: 'utf8' });

describe('the bundled core', () => {
  it('is what bundle-core.mjs makes of the current shared-core (run npm run bundle-core -w hubspot-app)', () => {
    const run = check();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('is reported stale when a committed copy differs by one character', () => {
    const root = mkdtempSync(join(tmpdir(), 'ma-core-bundle-'));
    try {
      for (const file of bundles) cpSync(join(appDir, 'src', 'app', file), join(root, file), { recursive: true });
      const target = join(root, bundles[1]);
      writeFileSync(target, `${readFileSync(target, 'utf8')} `);
      const run = check(root);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('stale:');
      expect(run.stderr).toContain('maCore.mjs');
      expect(run.stderr).not.toContain('maCore.cjs');
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
