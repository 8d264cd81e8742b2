// What the cross-engine scenarios act on: ids and names from the content file, not from the page, and the
// selectors that find them.
import { itemsFromContent } from '../../lib/fixtures.mjs';

export const ACTORS = itemsFromContent('actors');
export const ACTOR = ACTORS[0];
// The first place in the content file: a marker on the map with a hit circle (the map scenario checks it is there).
export const PLACE = itemsFromContent('places')[0];
// Two claims that are folded on a fresh page (the first one is open by default).
export const [CLAIM_A, CLAIM_B] = itemsFromContent('claims').slice(-2);

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

export const mention = (id) => `.mention[data-target="${id}"]`;
export const feature = (id) => `#map-${id}`;
