// Static files: the bundle (dist/), the SLDS assets and the static resources, nothing outside them.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
    '.js': 'text/javascript; charset=utf-8',
    '.map': 'application/json',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
};

/** Answers a file under `root` (never outside it); `contentType` overrides the type its extension gives. */
export function serveFile(res, root, relative, contentType) {
    const path = normalize(join(root, relative));
    if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) return false;
    res.writeHead(200, { 'Content-Type': contentType || TYPES[extname(path)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(path).pipe(res);
    return true;
}
