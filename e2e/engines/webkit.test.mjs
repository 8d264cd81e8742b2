// The cross-engine scenarios (./scenarios.mjs) in webkit.
import { scenarios } from './scenarios.mjs';

scenarios('webkit');
