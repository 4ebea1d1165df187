// Static resources as the platform serves them: `/resource/<timestamp>/<Name>`
// answers the single-file resource `staticresources/<Name>.<ext>` with the
// content type of its `<Name>.resource-meta.xml`; a zip resource (kept
// expanded in source format, as `staticresources/<Name>/`) answers
// `/resource/<timestamp>/<Name>/<path inside the archive>`. Only what
// force-app declares is served, and nothing outside its folder.
import { resourcesDir, staticResource } from '../build/static-resources.mjs';
import { serveFile } from './static.mjs';

/** Serves `/resource/...`; true when it answered. */
export function serveStaticResource(res, pathname, dir = resourcesDir) {
    const match = pathname.match(/^\/resource\/(?:\d+\/)?([^/]+)(?:\/(.+))?$/);
    if (!match) return false;
    const resource = staticResource(match[1], dir);
    if (!resource) return false;
    const inner = match[2] ? decodeURIComponent(match[2]) : null;
    if (resource.folder) return inner ? serveFile(res, resource.folder, inner) : false;
    if (inner) return false;
    return serveFile(res, dir, resource.fileName, resource.contentType);
}
