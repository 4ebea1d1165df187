// Setup for every component test: @sa11y/jest's toBeAccessible(), and the
// structuredClone that browsers (and Lightning) have but jsdom lacks; the
// core uses it, so tests give it Node's own structured clone.
import { registerSa11yMatcher } from '@sa11y/jest';
import { serialize, deserialize } from 'v8';

registerSa11yMatcher();

if (typeof globalThis.structuredClone !== 'function') {
    globalThis.structuredClone = (value) => deserialize(serialize(value));
}
