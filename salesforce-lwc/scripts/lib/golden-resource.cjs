'use strict';
// The golden file published to the org for the Apex test classes: the static
// resource MA_Golden_Cases is tests/cases/golden.json as it is (the sections
// the Apex runner reads and the rest), so the Apex engine answers the same
// cases as the core, the components and the HubSpot app.
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const GOLDEN = resolve(__dirname, '..', '..', '..', 'tests', 'cases', 'golden.json');
const RESOURCE_DIR = resolve(__dirname, '..', '..', 'force-app', 'main', 'default', 'staticresources');
const RESOURCE = join(RESOURCE_DIR, 'MA_Golden_Cases.json');
const RESOURCE_META = join(RESOURCE_DIR, 'MA_Golden_Cases.resource-meta.xml');

const META = `<?xml version="1.0" encoding="UTF-8"?>
<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">
    <cacheControl>Private</cacheControl>
    <contentType>application/json</contentType>
    <description>Generated from tests/cases/golden.json (npm run generate:golden -w salesforce-lwc): the golden cases the Apex test classes run.</description>
</StaticResource>
`;

/** The resource's content: the golden file, parsed and written back so a stray byte cannot differ. */
function goldenResource(goldenPath = GOLDEN) {
  return `${JSON.stringify(JSON.parse(readFileSync(goldenPath, 'utf8')), null, 1)}\n`;
}

module.exports = { GOLDEN, RESOURCE, RESOURCE_META, META, goldenResource };
