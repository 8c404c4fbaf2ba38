import { embeddedApi } from '../shared/embeddedApi';
import { firstBreakRequest } from './firstBreak';

/**
 * The break window's early script: a page entry of its own, put before the main one by the build
 * (scripts/earlyEntryScript.ts), with nothing but the figure loader behind it. It asks for the break
 * and starts fetching its figure file while React and the window's code are still on their way, so
 * the figure is in by the time they have run: the fetch was the last wait before the first frame.
 */
const api = embeddedApi();
if (api) firstBreakRequest(api).catch(() => undefined); // main.tsx handles a failed request
