// The workbench page: synthetic shadow first (as Lightning Experience runs
// components), then the shell, which places the real components.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from 'wb/app';

const root = document.getElementById('root');
root.replaceChildren(createElement('wb-app', { is: App }));
