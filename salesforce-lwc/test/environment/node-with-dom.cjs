'use strict';
// A Node test environment for the package's node-side checks (esbuild, SDR,
// ESLint need Node's own globals). The sfdx-lwc-jest preset's
// setupFilesAfterEnv run in every test file and expect a DOM (Element,
// ShadowRoot, synthetic shadow), so this environment adds the DOM-only
// globals of a jsdom window while every other global Node already has stays
// Node's. The event classes are jsdom's: synthetic shadow patches
// EventTarget.prototype, which must not reach Node's own MessagePort (esbuild
// talks to its service through one).
const DOM_OWNED = ['EventTarget', 'Event', 'CustomEvent'];
const { TestEnvironment: NodeEnvironment } = require('jest-environment-node');
const { JSDOM } = require('jsdom');

class NodeWithDomEnvironment extends NodeEnvironment {
  async setup() {
    await super.setup();
    this.dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'http://localhost/' });
    const { window } = this.dom;
    for (const name of Object.getOwnPropertyNames(window)) {
      if ((name in this.global && !DOM_OWNED.includes(name)) || name === 'undefined') continue;
      const descriptor = Object.getOwnPropertyDescriptor(window, name);
      if (descriptor) Object.defineProperty(this.global, name, descriptor);
    }
    this.global.window = this.global;
  }

  async teardown() {
    if (this.dom) this.dom.window.close();
    await super.teardown();
  }
}

module.exports = NodeWithDomEnvironment;
