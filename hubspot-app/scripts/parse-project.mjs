#!/usr/bin/env node
// Parses a HubSpot project offline with HubSpot's own parsing library (the
// step `hs project upload` runs before it sends anything) and prints one JSON
// line: { ok, platformVersion, components: [{ uid, type }], skipped, errors }.
// Schema validation needs HubSpot's schema service, so it is skipped here;
// test/project/check-project.ts adds the schema checks of our own.
//   node scripts/parse-project.mjs [projectDir]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { translate, isTranslationError } from '@hubspot/project-parsing-lib/translate';
import { validateProjectConfig, isKnownPlatformVersion } from '@hubspot/project-parsing-lib/projects';

const projectDir = resolve(process.argv[2] ?? '.');
const report = { ok: false, platformVersion: null, components: [], skipped: [], errors: [] };
try {
  const config = JSON.parse(readFileSync(join(projectDir, 'hsproject.json'), 'utf8'));
  validateProjectConfig(config, projectDir);
  report.platformVersion = config.platformVersion;
  if (!isKnownPlatformVersion(config.platformVersion)) {
    report.errors.push(`platformVersion ${config.platformVersion} is not known to @hubspot/project-parsing-lib`);
  }
  const { intermediateRepresentation, skippedHsMetaFiles } = await translate(
    { projectSourceDir: join(projectDir, config.srcDir), platformVersion: config.platformVersion },
    { skipValidation: true },
  );
  report.skipped = skippedHsMetaFiles;
  for (const node of Object.values(intermediateRepresentation.intermediateNodesIndexedByUid)) {
    report.components.push({ uid: node.uid, type: node.componentType });
  }
  report.ok = report.errors.length === 0;
} catch (error) {
  report.errors.push(isTranslationError(error) ? JSON.stringify(error) : String(error && error.message ? error.message : error));
}
console.log(JSON.stringify(report));
