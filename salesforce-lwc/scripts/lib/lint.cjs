'use strict';
// Runs ESLint (the programmatic ESLint class) with the package's flat config
// and returns the error messages as `{ file, line, rule, message }`. ESLint 9
// loads files with dynamic import(), which jest's CommonJS runtime refuses, so
// the ESLint class runs in a child Node process (lint-runner.cjs) that prints
// its results as JSON.
const { spawnSync } = require('node:child_process');
const { relative, resolve } = require('node:path');

const PACKAGE_DIR = resolve(__dirname, '..', '..');
const RUNNER = resolve(__dirname, 'lint-runner.cjs');
const IGNORED = /^File ignored/;

function lintErrors(patterns, { cwd = PACKAGE_DIR, configFile = resolve(PACKAGE_DIR, 'eslint.config.js') } = {}) {
  const run = spawnSync(process.execPath, [RUNNER, configFile, ...patterns], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`ESLint failed (exit ${run.status}): ${run.stderr}`);
  const results = JSON.parse(run.stdout);
  const errors = [];
  const linted = [];
  for (const result of results) {
    if (!result.messages.some((m) => IGNORED.test(m.message))) linted.push(relative(cwd, result.filePath));
    for (const message of result.messages) {
      if (message.severity === 2) {
        errors.push({ file: relative(cwd, result.filePath), line: message.line, rule: message.ruleId, message: message.message });
      }
    }
  }
  return { errors, filesLinted: linted.length, linted };
}

module.exports = { lintErrors };
