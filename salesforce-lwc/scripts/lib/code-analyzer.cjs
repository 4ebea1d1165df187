'use strict';
// Salesforce Code Analyzer's Apex rules, offline: the npm packages behind
// `sf code-analyzer run` (@salesforce/code-analyzer-core and its PMD engine,
// which ships PMD 7 and Salesforce's AppExchange rules as jars) run in process
// on a Java 11+ runtime found on PATH or JAVA_HOME (Debian's
// openjdk-17-jre-headless here). Severities are the analyzer's own
// (1 Critical, 2 High, 3 Moderate, 4 Low, 5 Info): the engine assigns them per
// rule, this module never changes them.
const { CodeAnalyzer, CodeAnalyzerConfig } = require('@salesforce/code-analyzer-core');
const { createEnginePlugin } = require('@salesforce/code-analyzer-pmd-engine');
const { readdirSync, readFileSync } = require('node:fs');
const { join, relative } = require('node:path');

/**
 * The rules run: what the analyzer recommends for Apex plus the rules it tags
 * AppExchange (the security review's own checks). Both selectors are the
 * analyzer's, so a new release's recommended rules come in by themselves.
 */
const APEX_RULE_SELECTORS = ['pmd:Recommended', 'pmd:AppExchange'];

/** The highest severity number that counts as high: Critical (1) and High (2). */
const HIGH_SEVERITY = 2;

/**
 * Every violation the selected rules report for the Apex under `folders`
 * (absolute paths): `{ rule, severity, tags, file, line, message }`, `file`
 * relative to `root`. Rejects when the analyzer cannot run (no Java, say),
 * with the analyzer's message.
 */
async function analyzeApex(folders, root) {
  const config = CodeAnalyzerConfig.fromObject(
    { engines: { pmd: { rule_languages: ['apex'] }, cpd: { disable_engine: true } } },
    root,
  );
  const analyzer = new CodeAnalyzer(config);
  const errors = [];
  analyzer.onEvent('LogEvent', (event) => {
    // LogLevel 1 is Error: an engine that failed says so only through events.
    if (event.logLevel === 1) errors.push(event.message);
  });
  await analyzer.addEnginePlugin(createEnginePlugin());
  const workspace = await analyzer.createWorkspace(folders);
  const rules = await analyzer.selectRules(APEX_RULE_SELECTORS, { workspace });
  const results = await analyzer.run(rules, { workspace });
  if (errors.length > 0) throw new Error(`Code Analyzer: ${errors.join('\n')}`);
  return results.getViolations().map((v) => {
    const location = v.getPrimaryLocation();
    return {
      rule: v.getRule().getName(),
      severity: v.getRule().getSeverityLevel(),
      tags: v.getRule().getTags(),
      file: relative(root, location.getFile() || ''),
      line: location.getStartLine(),
      message: v.getMessage(),
    };
  });
}

/**
 * Suppressions without their reason: every `@SuppressWarnings('PMD.Rule')`
 * in the .cls files of `classesDir` must have, in the `//` comment lines right
 * above it, "Rule, reviewed:" and why. Answers `File.cls:line Rule` for each
 * one that does not.
 */
function unexplainedSuppressions(classesDir) {
  const out = [];
  for (const name of readdirSync(classesDir).filter((f) => f.endsWith('.cls'))) {
    const lines = readFileSync(join(classesDir, name), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const suppressed = line.match(/@SuppressWarnings\('([^']*)'\)/i);
      if (!suppressed) return;
      const comment = [];
      for (let j = i - 1; j >= 0 && lines[j].trim().startsWith('//'); j--) comment.unshift(lines[j]);
      const text = comment.join(' ');
      for (const rule of suppressed[1].split(',').map((r) => r.trim().replace(/^PMD\./i, ''))) {
        if (!text.includes(`${rule}, reviewed:`)) out.push(`${name}:${i + 1} ${rule}`);
      }
    });
  }
  return out;
}

/** One line per violation, as a reader wants it in a failed test. */
const formatViolation = (v) => `${v.file}:${v.line} [${v.severity}] ${v.rule}: ${v.message}`;

module.exports = { APEX_RULE_SELECTORS, HIGH_SEVERITY, analyzeApex, unexplainedSuppressions, formatViolation };
