import { config } from 'zod/v4/core';

/**
 * The windows run under a CSP without 'unsafe-eval'. Zod 4 compiles fast object parsers with
 * `new Function` and probes for eval first; the probe is caught, but the browser still reports a
 * CSP violation on every page that validates. `jitless` skips both (validation is unchanged).
 * See the note in zod/v4/core/util.js (allowsEval) and https://github.com/colinhacks/zod/discussions/6671
 * Import this first in any page that uses the settings schema.
 */
config({ jitless: true });
