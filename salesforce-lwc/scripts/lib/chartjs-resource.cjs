'use strict';
// Chart.js ships to the org as the static resource MA_ChartJs: the UMD build
// of the pinned npm release (the one lwc-recipes loads with
// lightning/platformResourceLoader under Locker and LWS), copied unchanged.
// The copy is committed because it deploys; a test fails when it differs from
// the installed package.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const RESOURCE_NAME = 'MA_ChartJs';
const resourcesDir = join(__dirname, '..', '..', 'force-app', 'main', 'default', 'staticresources');
const resourcePath = join(resourcesDir, `${RESOURCE_NAME}.js`);
const metaPath = join(resourcesDir, `${RESOURCE_NAME}.resource-meta.xml`);

// The package exports no package.json; its main entry sits in dist/.
const packageDir = () => join(require.resolve('chart.js'), '..', '..');
const chartJsVersion = () => JSON.parse(readFileSync(join(packageDir(), 'package.json'), 'utf8')).version;
const chartJsUmd = () => readFileSync(join(packageDir(), 'dist', 'chart.umd.js'));

const META = `<?xml version="1.0" encoding="UTF-8"?>
<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">
    <cacheControl>Public</cacheControl>
    <contentType>text/javascript</contentType>
    <description>Chart.js (MIT licence), the UMD build loaded by the MA components with lightning/platformResourceLoader.</description>
</StaticResource>
`;

module.exports = { RESOURCE_NAME, resourcePath, metaPath, chartJsVersion, chartJsUmd, META };
