'use strict';
// Converts the source-format project to a metadata-format package (what
// `sf project deploy start` sends to the org) with Salesforce's own library,
// offline. A component the library cannot resolve or convert throws here.
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { ComponentSet, MetadataConverter } = require('@salesforce/source-deploy-retrieve');

/** Converts `sourceDir` into `outputDir`; returns the package path, its package.xml and the members per type. */
async function convertToMetadataFormat(sourceDir, outputDir) {
  const set = ComponentSet.fromSource(sourceDir);
  // As `sf project deploy` does: the package.xml version is the project's sourceApiVersion.
  const project = join(dirname(sourceDir), 'sfdx-project.json');
  if (existsSync(project)) set.sourceApiVersion = JSON.parse(readFileSync(project, 'utf8')).sourceApiVersion;
  const result = await new MetadataConverter().convert(set, 'metadata', {
    type: 'directory',
    outputDirectory: outputDir,
    packageName: 'ma_maturity',
    genUniqueDir: false,
  });
  const members = {};
  for (const component of set.getSourceComponents().toArray()) {
    const add = (c) => {
      (members[c.type.name] = members[c.type.name] || []).push(c.fullName);
    };
    add(component);
    for (const child of component.getChildren()) add(child);
  }
  for (const names of Object.values(members)) names.sort();
  return {
    packagePath: result.packagePath,
    packageXml: readFileSync(join(result.packagePath, 'package.xml'), 'utf8'),
    members,
  };
}

module.exports = { convertToMetadataFormat };
