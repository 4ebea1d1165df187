'use strict';
// Compares the committed metadata with what scripts/metadata renders, so a
// hand edit of a generated file (or a model change not regenerated) fails a test.
const { existsSync, readFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const { walk } = require('./metadata-checks.cjs');

/** Problems where `files` ({ relative path: text }) and the tree under `packageDir` differ. */
function diffGenerated(packageDir, files, generatedDirs) {
  const problems = [];
  for (const [path, text] of Object.entries(files)) {
    const target = join(packageDir, path);
    if (!existsSync(target)) problems.push({ file: path, message: 'generated file is missing' });
    else if (readFileSync(target, 'utf8') !== text) problems.push({ file: path, message: 'differs from the generator output' });
  }
  for (const dir of generatedDirs) {
    for (const path of walk(join(packageDir, dir))) {
      const rel = relative(packageDir, path);
      if (!(rel in files)) problems.push({ file: rel, message: 'not produced by the generator (stale or hand-written)' });
    }
  }
  return problems;
}

module.exports = { diffGenerated };
