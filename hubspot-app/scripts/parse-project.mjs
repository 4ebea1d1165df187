#!/usr/bin/env node
// Parses a HubSpot project offline with HubSpot's own parsing library (the
// step `hs project upload` runs before it sends anything) and prints one JSON
// line: { ok, platformVersion, components: [{ uid, type }], skipped, errors }.
// Schema validation needs HubSpot's schema service, so it is skipped here;
// test/project/check-project.ts adds the schema checks of our own. With
// `--profile <name>` the profile's variables (src/hsprofile.<name>.json) are
// put into the hsmeta files, as `hs project upload --profile <name>` does;
// `urls` then shows the URLs the workflow action and the webhooks call.
//   node scripts/parse-project.mjs [projectDir] [--profile <name>]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { translate, isTranslationError } from '@hubspot/project-parsing-lib/translate';
import { validateProjectConfig, isKnownPlatformVersion } from '@hubspot/project-parsing-lib/projects';

const args = process.argv.slice(2);
const profileAt = args.indexOf('--profile');
const profile = profileAt >= 0 ? args[profileAt + 1] : undefined;
const projectDir = resolve(args.find((a, i) => !a.startsWith('--') && (profileAt < 0 || i !== profileAt + 1)) ?? '.');
const report = { ok: false, platformVersion: null, components: [], skipped: [], errors: [], urls: {} };
try {
  const config = JSON.parse(readFileSync(join(projectDir, 'hsproject.json'), 'utf8'));
  validateProjectConfig(config, projectDir);
  report.platformVersion = config.platformVersion;
  if (!isKnownPlatformVersion(config.platformVersion)) {
    report.errors.push(`platformVersion ${config.platformVersion} is not known to @hubspot/project-parsing-lib`);
  }
  const { intermediateRepresentation, skippedHsMetaFiles } = await translate(
    { projectSourceDir: join(projectDir, config.srcDir), platformVersion: config.platformVersion },
    { skipValidation: true, ...(profile ? { profile } : {}) },
  );
  report.skipped = skippedHsMetaFiles;
  for (const node of Object.values(intermediateRepresentation.intermediateNodesIndexedByUid)) {
    report.components.push({ uid: node.uid, type: node.componentType });
    const url = node.config?.actionUrl ?? node.config?.settings?.targetUrl;
    if (typeof url === 'string') report.urls[node.uid] = url;
  }
  report.ok = report.errors.length === 0;
} catch (error) {
  report.errors.push(isTranslationError(error) ? JSON.stringify(error) : String(error && error.message ? error.message : error));
}
console.log(JSON.stringify(report));
