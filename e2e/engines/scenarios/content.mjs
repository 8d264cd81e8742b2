// What the cross-engine scenarios act on: ids and names from the content file, not from the page, and the
// selectors that find them.
import { content } from '../../lib/article.mjs';

const CONTENT = content();
export const ACTORS = CONTENT.actors;
export const ACTOR = ACTORS[0];
// The first place in the content file: a marker on the map with a hit circle (the map scenario checks it is there).
export const PLACE = CONTENT.places[0];
// A claim folded on a fresh page (the content's `expanded` ones are open), and another: folded too where the article
// has two such.
const CLAIMS = CONTENT.claims;
const FOLDED = CLAIMS.filter((c) => !c.expanded);
export const CLAIM_A = FOLDED.at(-1);
export const CLAIM_B = FOLDED.length > 1 ? FOLDED.at(-2) : CLAIMS.find((c) => c !== CLAIM_A);

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

export const mention = (id) => `.mention[data-target="${id}"]`;
export const feature = (id) => `#map-${id}`;
