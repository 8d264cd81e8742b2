// The cross-engine scenarios (./scenarios.mjs) in Chromium, next to its full suite in ../tests/.
import { scenarios } from './scenarios.mjs';

scenarios('chromium', { skip: { touch: 'Chromium runs it in tests/touch-targets.test.mjs' } });
