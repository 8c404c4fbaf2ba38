/**
 * A soft tick per rep, synthesised with Web Audio (no sound file to ship or load). One context is
 * reused for the life of the window: browsers limit how many can exist, and a new one per break
 * would leak across a day of breaks.
 */
let ctx: AudioContext | null = null;

export function playTick(final = false): void {
  try {
    const Ctor = window.AudioContext;
    if (!Ctor) return;
    ctx ??= new Ctor();
    // A context made without a user gesture starts suspended under autoplay rules; resume() is
    // allowed once the page has had any activation, and is a no-op otherwise.
    // https://developer.chrome.com/blog/autoplay/#web-audio
    if (ctx.state === 'suspended') void ctx.resume();
    const t = ctx.currentTime;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = final ? 880 : 620;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(final ? 0.09 : 0.06, t + 0.012);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + (final ? 0.35 : 0.12));
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + (final ? 0.4 : 0.15));
  } catch {
    // Sound is a nicety: a missing or blocked audio device must never disturb the break.
  }
}
