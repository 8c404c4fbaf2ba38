/** Milliseconds since the Unix epoch (wall clock). */
export type EpochMs = number;
/** A local calendar day, 'YYYY-MM-DD', in the user's time zone at the time it was recorded. */
export type DayKey = string;
/** IANA time zone name, e.g. 'Europe/Berlin'. */
export type Zone = string;
/** Injected randomness: returns a float in [0, 1). */
export type Random = () => number;
