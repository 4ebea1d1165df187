// Where things are: the component source (compiled in place, never copied),
// the workbench's own parts, and the build output.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const workbenchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const salesforceDir = resolve(workbenchDir, '..');
export const repoRoot = resolve(salesforceDir, '..');
export const forceAppDir = join(salesforceDir, 'force-app', 'main', 'default');
export const lwcDir = join(forceAppDir, 'lwc');
export const dataModelPath = join(salesforceDir, 'DATA-MODEL.md');
export const platformDir = join(workbenchDir, 'platform');
export const shellDir = join(workbenchDir, 'shell');
export const distDir = join(workbenchDir, 'dist');
export const bundlePath = join(distDir, 'app.js');
export const sldsDir = join(repoRoot, 'node_modules', '@salesforce-ux', 'design-system', 'assets');
