// What each maCore bundle exports: the core and the HubSpot adapter. Jest maps
// the cards' `./maCore.mjs` here, so tests run the sources the bundle is made of.
export * from '../../shared-core/src/index';
export * from './index';
