/**
 * Longest texts a mobe may have, in characters. The break window lays out name, summary, cues and
 * safety line at its true size for texts up to these lengths, so the catalog test holds every mobe
 * to them and the window's layout is designed against the same numbers.
 */
export const TEXT_LIMITS = Object.freeze({
  name: 30,
  summary: 150,
  cue: 50,
  safety: 110,
});
