'use strict';
// node lint-runner.cjs <eslint.config.js> <pattern...>: lints from the current
// directory with that flat config and prints ESLint's results as JSON.
const { ESLint } = require('eslint');

async function main() {
  const [configFile, ...patterns] = process.argv.slice(2);
  const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: configFile, warnIgnored: true });
  const results = await eslint.lintFiles(patterns);
  process.stdout.write(JSON.stringify(results.map(({ filePath, messages }) => ({ filePath, messages }))));
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(2);
});
