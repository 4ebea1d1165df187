#!/usr/bin/env node
// Builds every card, and the settings page, offline with HubSpot's own build function
// (buildSingleExtension from @hubspot/ui-extensions-dev-server, the code path
// of the cloud build: Vite, IIFE, React external) and reports what each card
// ships.
//
//   node scripts/build-cards.mjs                  build into a temp dir, print sizes
//   node scripts/build-cards.mjs --json <file>    also write the report as JSON
//   node scripts/build-cards.mjs --write-md       also write CARD-SIZES.md
//
// Exits 1 when a card fails to build or the build warns about something the
// platform does not support (imports from outside cards/, require()).
import { buildSingleExtension } from '@hubspot/ui-extensions-dev-server/build';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The UI-extension folders: each is packaged on its own. */
const EXTENSION_DIRS = ['cards', 'settings'].map((folder) => join(appRoot, 'src', 'app', folder));
const args = process.argv.slice(2);
const jsonIndex = args.indexOf('--json');
const jsonOut = jsonIndex >= 0 ? resolve(args[jsonIndex + 1]) : null;
const writeMd = args.includes('--write-md');

// The cloud build is a production build; under jest NODE_ENV is 'test', which
// would pull React's development JSX runtime into the bundle.
process.env.NODE_ENV = 'production';

const UNSUPPORTED = /not supported|cannot be resolved|Could not resolve/i;

/** Every card and settings component: its hsmeta, its folder, and the entry file it names. */
function cards() {
  return EXTENSION_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('-hsmeta.json'))
      .sort()
      .map((name) => {
        const meta = JSON.parse(readFileSync(join(dir, name), 'utf8'));
        return { meta: name, uid: meta.uid, root: dir, location: meta.config.location ?? meta.type, entry: join(appRoot, 'src', meta.config.entrypoint) };
      }),
  );
}

/** Runs `work` while keeping what the build prints, so warnings can fail the run. */
async function capture(work) {
  const lines = [];
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const keep = (level) => (...parts) => lines.push({ level, text: parts.map(String).join(' ') });
  console.log = keep('log');
  console.info = keep('info');
  console.warn = keep('warn');
  console.error = keep('error');
  try {
    await work();
    return { lines };
  } catch (error) {
    return { lines, error };
  } finally {
    Object.assign(console, saved);
  }
}

const outDir = mkdtempSync(join(tmpdir(), 'ma-cards-'));
const report = [];
try {
  for (const card of cards()) {
    const { lines, error } = await capture(() =>
      buildSingleExtension({ file: card.entry, root: card.root, outputDir: outDir, emptyOutDir: false, minify: true, logLevel: 'silent' }),
    );
    const name = card.entry.split('/').pop().replace(/\.[jt]sx?$/, '');
    const problems = [
      ...(error ? [String(error.message ?? error).split('\n')[0]] : []),
      ...lines.filter((l) => (l.level === 'warn' || l.level === 'error') && UNSUPPORTED.test(l.text)).map((l) => l.text),
    ];
    const row = { card: name, uid: card.uid, location: card.location, ok: problems.length === 0, problems, bytes: 0, gzipBytes: 0, modules: 0 };
    if (!error) {
      const js = readFileSync(join(outDir, `${name}.js`));
      const manifest = JSON.parse(readFileSync(join(outDir, `${name}-manifest.json`), 'utf8'));
      row.bytes = js.length;
      row.gzipBytes = gzipSync(js).length;
      row.modules = (manifest.modules?.internal?.length ?? 0) + (manifest.modules?.external?.length ?? 0);
    }
    report.push(row);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const table = [
  '| card | uid | location | minified | gzip | modules |',
  '|---|---|---|---:|---:|---:|',
  ...report.map((r) => `| ${r.card} | ${r.uid} | ${r.location} | ${r.ok ? kb(r.bytes) : 'FAILED'} | ${r.ok ? kb(r.gzipBytes) : ''} | ${r.modules} |`),
].join('\n');
console.log(table);
for (const r of report.filter((row) => !row.ok)) console.error(`${r.card}: ${r.problems.join('; ')}`);

if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report, null, 2));
if (writeMd) {
  writeFileSync(
    join(appRoot, 'CARD-SIZES.md'),
    `# What each card (and the settings page) ships

Written by \`node scripts/build-cards.mjs --write-md\` (run from \`hubspot-app/\`):
each card and the settings page built offline with \`buildSingleExtension\` from
\`@hubspot/ui-extensions-dev-server\` 2.1.2 (the cloud build's code path:
Vite, one IIFE per card, minified, React left to the host). The size includes
the @hubspot/ui-extensions runtime the card uses and the part of the core
bundle (\`maCore.mjs\`) that the build keeps.

${table}
`,
  );
}
process.exit(report.every((r) => r.ok) ? 0 : 1);
