// The static resources force-app declares (`staticresources/<Name>.resource-meta.xml`):
// what the build may give a `@salesforce/resourceUrl/<Name>` for, and what the
// server may answer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { forceAppDir } from './paths.mjs';

export const resourcesDir = join(forceAppDir, 'staticresources');

/** The declared resource `name`: its content type and where its file or folder is, or null. */
export function staticResource(name, dir = resourcesDir) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return null;
    const meta = join(dir, `${name}.resource-meta.xml`);
    if (!existsSync(meta)) return null;
    const contentType = (readFileSync(meta, 'utf8').match(/<contentType>([^<]+)<\/contentType>/) || [])[1] || 'application/octet-stream';
    const folder = join(dir, name);
    if (existsSync(folder) && statSync(folder).isDirectory()) return { name, contentType, folder };
    const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && !f.endsWith('.resource-meta.xml'));
    return file ? { name, contentType, fileName: file } : null;
}
