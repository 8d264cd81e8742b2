// The cross-engine scenarios (./scenarios.mjs) in Chromium, next to its full suite in ../tests/. The touch-target
// scenario runs here too, for every article; ../tests/touch-targets.test.mjs measures the default one more closely.
import { scenarios } from './scenarios.mjs';

scenarios('chromium');
