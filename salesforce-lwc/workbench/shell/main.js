// The workbench page: the org's clock first (so every component reads the
// org's time), synthetic shadow (as Lightning Experience runs components),
// then the shell, which places the real components.
import '../platform/internal/clock';
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from 'wb/app';

const root = document.getElementById('root');
root.replaceChildren(createElement('wb-app', { is: App }));
