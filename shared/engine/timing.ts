/**
 * Fixed timings of the engine, with the reasons for each. User-adjustable timings live in settings.
 */

/**
 * Sitting counts while input comes at least this often. Between two samples the engine credits the
 * time up to this long after the last input: a thinking pause of a few seconds is still sitting at the
 * desk, and samples a second apart (idle is reported in whole seconds) still credit time. Longer quiet
 * (reading, a call) stops the count; a natural break resets it.
 */
export const ACTIVE_GRACE_MS = 15_000;
/** A lock or suspend shorter than this pauses the sitting clock instead of resetting it. */
export const MIN_AWAY_MS = 60_000;
/** A prompt nobody answers within this time is recorded as missed and closed. */
export const PROMPT_TIMEOUT_MS = 5 * 60_000;
/**
 * The same for a focus set, which runs up to four minutes (MAX_FOCUS_SECONDS) after its lead-in. The
 * user moves away from the keyboard all that time, so while it shows, idle time closes it only after
 * this long too, not after the natural-break time.
 */
export const FOCUS_PROMPT_TIMEOUT_MS = 10 * 60_000;
/**
 * Sampling far from a due break: two samples a minute is enough to credit sitting time and notice a
 * natural break within half a minute, at a fraction of the "at most six a minute" budget.
 */
export const FAR_SAMPLE_MS = 30_000;
/** Sampling while away (long idle): notices the user's return within 15 s for the tray. */
export const AWAY_SAMPLE_MS = 15_000;
/** Sampling inside the lull window, and the shortest wakeup the engine ever asks for. */
export const LULL_SAMPLE_MS = 1_000;
/** Sampling while a prompt shows, to notice the user walked away from it. */
export const PROMPT_SAMPLE_MS = 30_000;
/** How late a sample may arrive past the asked wakeup before the gap is treated as sleep. */
export const GAP_SLACK_MS = 120_000;
/** The longest wakeup the engine asks for while sitting, due or prompting (for sleep detection). */
export const MAX_SITTING_SAMPLE_MS = Math.max(FAR_SAMPLE_MS, PROMPT_SAMPLE_MS);
/**
 * After busy ends (a call, a presentation, Do Not Disturb), a held break waits this long before it may
 * prompt: people wrap up, close the call window, say goodbye in the chat.
 */
export const HELD_GRACE_MS = 60_000;
/** A due prompt withdrawn because the user became busy again does not come back within this time. */
export const FLAP_WINDOW_MS = 5 * 60_000;
/** Sampling while a due break is held by busy: nothing can prompt until the context changes. */
export const BUSY_SAMPLE_MS = 30_000;
