// A rollup plugin that provides the platform's `@salesforce/*` scoped modules
// the components import: `@salesforce/schema/Obj[.Field]` (checked against the
// local org's schema, as a deploy would), `@salesforce/user/Id`,
// `@salesforce/i18n/*` (from the workbench session),
// `@salesforce/customPermission/Name` (true when the signed-in sample user's
// permission sets grant it, undefined otherwise, as on the platform; a name
// force-app does not define fails the build) and `@salesforce/resourceUrl/Name`
// (the URL the server answers for a static resource force-app declares; an
// undeclared one fails the build, as a deploy would). Any other `@salesforce/...`
// import a component makes fails the build with a message saying so, rather than
// rendering something the org would not.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { platformDir } from './paths.mjs';
import { resourcesDir, staticResource } from './static-resources.mjs';
// Values the platform gives per user language; the session picks ja or en.
import { I18N } from '../org/locale.mjs';

const PREFIX = '\0sf:';
const SESSION = join(platformDir, 'internal', 'session.js');

export function salesforceModules({ schema, customPermissions }) {
    return {
        name: 'workbench-salesforce-modules',
        resolveId(source, importer) {
            if (!source.startsWith('@salesforce/')) return null;
            const [, scope] = source.split('/');
            if (scope === 'schema' || scope === 'user' || scope === 'resourceUrl') return PREFIX + source;
            if (scope === 'customPermission') {
                const name = source.slice('@salesforce/customPermission/'.length);
                if (!customPermissions.has(name)) this.error(`${source} (imported by ${importer}): force-app defines no custom permission ${name} (force-app/main/default/customPermissions)`);
                return PREFIX + source;
            }
            if (scope === 'i18n' && I18N[source.slice('@salesforce/i18n/'.length)]) return PREFIX + source;
            // lightning-base-components maps its own gates and flags; leave those to it.
            if (importer && importer.includes('lightning-base-components')) return null;
            this.error(`${source} (imported by ${importer}) is not provided by the workbench's local org. Add it to salesforce-lwc/workbench/build/salesforce-modules.mjs with the platform's behaviour.`);
            return null;
        },
        load(id) {
            if (!id.startsWith(PREFIX)) return null;
            const source = id.slice(PREFIX.length);
            const rest = source.split('/').slice(2).join('/');
            if (source.startsWith('@salesforce/user/')) {
                if (rest === 'Id') return `import { userId } from ${JSON.stringify(SESSION)};\nexport default userId;\n`;
                if (rest === 'isGuest') return 'export default false;\n';
                this.error(`${source} is not provided by the workbench`);
            }
            if (source.startsWith('@salesforce/customPermission/')) {
                return `import { hasCustomPermission } from ${JSON.stringify(SESSION)};\nexport default hasCustomPermission(${JSON.stringify(rest)});\n`;
            }
            if (source.startsWith('@salesforce/resourceUrl/')) return resourceUrlModule(this, source, rest);
            if (source.startsWith('@salesforce/i18n/')) {
                return `import { lang } from ${JSON.stringify(SESSION)};\nconst values = ${JSON.stringify(I18N[rest])};\nexport default values[lang];\n`;
            }
            return schemaModule(this, schema, source, rest);
        },
    };
}

// The platform's URL carries the resource's last-modified time, so a new upload is never served from a cache.
function resourceUrlModule(ctx, source, name) {
    const resource = staticResource(name);
    if (!resource) ctx.error(`${source}: force-app declares no static resource ${name} (staticresources/${name}.resource-meta.xml)`);
    const stamp = Math.round(statSync(join(resourcesDir, `${name}.resource-meta.xml`)).mtimeMs);
    return `export default ${JSON.stringify(`/resource/${stamp}/${name}`)};\n`;
}

function schemaModule(ctx, schema, source, ref) {
    const [objectApiName, ...path] = ref.split('.');
    const info = schema.objects.get(objectApiName);
    if (!info) ctx.error(`${source}: the org has no object ${objectApiName} (see DATA-MODEL.md and force-app/main/default/objects)`);
    if (path.length === 0) return `export default ${JSON.stringify({ objectApiName })};\n`;
    let current = info;
    for (let i = 0; i < path.length; i += 1) {
        const step = path[i];
        if (i === path.length - 1) {
            if (!current.fields[step]) ctx.error(`${source}: ${current.apiName} has no field ${step}`);
        } else {
            const lookup = Object.values(current.fields).find((f) => f.relationshipName === step);
            if (!lookup) ctx.error(`${source}: ${current.apiName} has no relationship ${step}`);
            current = schema.objects.get(lookup.referenceTo[0]);
        }
    }
    return `export default ${JSON.stringify({ objectApiName, fieldApiName: path.join('.') })};\n`;
}
