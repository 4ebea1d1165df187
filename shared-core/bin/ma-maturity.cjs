#!/usr/bin/env node
// The installed `ma-maturity` command. The CLI itself is bundled by `npm run build`;
// this file exists before the build so that npm can link the bin on install.
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('ma-maturity: the CLI is not built yet; run `npm run build` at the repository root.\n');
  process.exit(2);
}
require(cli).main();
