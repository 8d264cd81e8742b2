// The cross-engine scenarios (./scenarios.mjs) in firefox.
import { scenarios } from './scenarios.mjs';

scenarios('firefox');
