import type { Mobe } from './types';

/**
 * The mobes the app can guide. Facts (movements, rhythm, rep ranges) come from the movement notes
 * distilled from the source documents; every text is our own wording.
 *
 * Conventions:
 * - `secondsPerRep` is one full rep at a relaxed rhythm; `reps` is the range that fits a 30-60 s break.
 * - For 'alternate', 'switch-halfway' and 'reverse-halfway' the rep range is kept to even counts by
 *   `targetRepsFor`, so both sides or directions get the same work.
 * - A rep of a two-part movement (open then close, back then forward) counts the whole cycle.
 * - Ids are saved in history and in hidden/liked lists, and visuals are keyed on them: never rename.
 */
const ENTRIES: Mobe[] = [
  // ---------------------------------------------------------------- neck
  {
    id: 'neck-circles',
    name: 'Neck circles',
    area: 'neck',
    postures: ['seated'],
    summary:
      'Sit tall and let your head roll around in a slow, easy circle. Halfway through, go the other way.',
    cues: [
      'Shoulders low and loose',
      'Go to the edge of easy, not past it',
      'Gritty at the back? Shrink or skip that part',
    ],
    secondsPerRep: 4,
    reps: { min: 8, max: 12 },
    sides: 'reverse-halfway',
    motion: 'circle',
    safety: 'Keep each circle comfortable; make it smaller if anything pinches.',
  },
  {
    id: 'neck-flexor-mobe',
    name: 'Neck flexor mobe',
    area: 'neck',
    postures: ['seated'],
    summary:
      'Nod your chin toward one side of your chest, then tip your head back and away while that shoulder sinks. Change sides each rep.',
    cues: [
      'Chin toward one collarbone',
      'Then look up and away',
      'Let the same shoulder drop',
      'Slow and smooth',
    ],
    secondsPerRep: 4,
    reps: { min: 8, max: 10 },
    sides: 'alternate',
    motion: 'tilt',
    safety: 'Tip back only as far as feels easy; keep it smaller if you feel light-headed.',
  },
  {
    id: 'neck-side-bends',
    name: 'Neck side bends',
    area: 'neck',
    postures: ['seated'],
    summary:
      'Let one ear drift down toward its shoulder, then bring your head up through the middle and over to the other side.',
    cues: [
      'Ear toward shoulder, shoulders stay down',
      'Nose keeps facing forward',
      'Glide through the centre',
    ],
    secondsPerRep: 2.5,
    reps: { min: 12, max: 16 },
    sides: 'alternate',
    motion: 'tilt',
    safety: 'Stay inside a comfortable range and avoid bouncing at the ends.',
  },
  {
    id: 'look-over-shoulder',
    name: 'Look over your shoulder',
    area: 'neck',
    postures: ['seated'],
    summary: 'Turn your head to look over one shoulder, then sweep round to look over the other.',
    cues: ['Chin stays level', 'Let your eyes lead the turn', 'Stop where the turn still feels easy'],
    secondsPerRep: 2,
    reps: { min: 16, max: 20 },
    sides: 'alternate',
    motion: 'turn',
    safety: 'Soften at each end point; if it pinches, turn less.',
  },
  // ---------------------------------------------------------------- wrist
  {
    id: 'wrist-circles',
    name: 'Wrist circles',
    area: 'wrist',
    postures: ['seated'],
    summary: 'Hold your hands up, relaxed, and roll both wrists in circles. Switch direction halfway.',
    cues: [
      'Forearms still, wrists do the work',
      'Smooth, round circles',
      'Smaller circles if your forearms tire',
    ],
    secondsPerRep: 2,
    reps: { min: 16, max: 24 },
    sides: 'reverse-halfway',
    motion: 'circle',
    safety: 'This tires the forearms quickly: go smaller and slower whenever you need to.',
  },
  {
    id: 'forearm-mobe',
    name: 'Forearm mobe',
    area: 'wrist',
    postures: ['seated', 'standing'],
    summary:
      'Reach one arm out straight, palm up, and ease the fingers back with your other hand. Then turn that palm down and outward and bend the wrist the other way.',
    cues: ['Elbow straight, shoulder relaxed', 'Fingers back, then wrist curled', 'Change arms halfway'],
    secondsPerRep: 4,
    reps: { min: 8, max: 10 },
    sides: 'switch-halfway',
    motion: 'rock',
    safety: 'Use a gentle pull only; a mild stretch is plenty.',
  },
  {
    id: 'desk-wrist-rocks',
    name: 'Desk wrist rocks',
    area: 'wrist',
    postures: ['standing'],
    summary:
      'Stand at the desk with a palm flat on it, fingers pointing toward you, and lean in a little before easing off. Rock from one hand to the other.',
    cues: [
      'Elbows straight',
      'Lean in lightly, then release',
      'Halfway, turn the hands over onto their backs',
    ],
    secondsPerRep: 3,
    reps: { min: 10, max: 14 },
    sides: 'alternate',
    motion: 'rock',
    safety: 'Put only a little weight through the hands and stay where it feels good.',
  },
  {
    id: 'forearm-rotations',
    name: 'Forearm rotations',
    area: 'wrist',
    postures: ['seated'],
    summary:
      'Keep your elbows bent and close to your sides, and turn both palms up to the ceiling, then down to the floor.',
    cues: ['Elbows stay at your sides', 'Turn from the forearm', 'Easy, steady rhythm'],
    secondsPerRep: 1.5,
    reps: { min: 20, max: 30 },
    sides: 'none',
    motion: 'turn',
    safety: 'Keep the turn relaxed; slow down if your elbows or wrists complain.',
  },
  // ---------------------------------------------------------------- hip
  {
    id: 'pelvic-circles',
    name: 'Pelvic circles',
    area: 'hip',
    postures: ['standing'],
    summary:
      'Stand with your hands on your hips and swing the hips around in a smooth circle. Switch direction halfway.',
    cues: ['Knees soft', 'Head and shoulders stay fairly still', 'Make the circle round and even'],
    secondsPerRep: 3,
    reps: { min: 10, max: 14 },
    sides: 'reverse-halfway',
    motion: 'circle',
    safety: 'Keep the circle inside what your lower back finds comfortable.',
  },
  {
    id: 'standing-knee-circles',
    name: 'Standing knee circles',
    area: 'hip',
    postures: ['standing'],
    summary:
      'Hold the desk, lift one knee and draw slow, big circles with it: up, out, back and down. Switch legs halfway.',
    cues: ['Hold the desk for balance', 'Stand tall on the other leg', 'Big, slow circles from the hip'],
    secondsPerRep: 4,
    reps: { min: 8, max: 10 },
    sides: 'switch-halfway',
    motion: 'circle',
    safety: 'Keep a hand on something steady and make the circles smaller if the hip pinches.',
  },
  {
    id: 'hip-flexor-mobe',
    name: 'Hip flexor mobe',
    area: 'hip',
    postures: ['standing'],
    summary:
      'Step into a short lunge, back foot angled inward, and sink your hips forward and down. Then stand up and raise the inner edge of that back foot; switch sides halfway.',
    cues: [
      'Short stance, back foot pointing in',
      'Hips forward to feel the front open',
      'Stand and lift the inner foot',
    ],
    secondsPerRep: 5,
    reps: { min: 6, max: 8 },
    sides: 'switch-halfway',
    motion: 'lunge',
    safety: 'Keep the lunge short and steady; hold the desk if balance is tricky.',
  },
  {
    id: 'seated-glute-mobe',
    name: 'Seated glute mobe',
    area: 'hip',
    postures: ['seated'],
    summary:
      'Rest one ankle on the other knee and tip forward from the hips with a long back, then sit up again. Switch legs halfway.',
    cues: [
      'Fold from the hips, not the back',
      'Chest long, no slumping',
      'To finish: feet wide, let both knees fall in',
    ],
    secondsPerRep: 5,
    reps: { min: 6, max: 8 },
    sides: 'switch-halfway',
    motion: 'fold',
    safety: 'Tip forward only while it feels comfortable; ease off if you feel it in the knee.',
  },
  {
    id: 'side-sit-bum-out',
    name: 'Side-sit bum out',
    area: 'hip',
    postures: ['standing'],
    summary:
      'Bend your knees and push your hips back and toward one side, letting the lower back round as your upper body leans the other way. Stand tall, squeeze your glutes, then do the other side.',
    cues: [
      'Sit back as if onto a stool behind you',
      'Round the lower back, lean away',
      'Stand tall and squeeze',
    ],
    secondsPerRep: 4,
    reps: { min: 8, max: 10 },
    sides: 'alternate',
    motion: 'rock',
    safety: 'Go only as deep as feels easy, and keep a hand on the desk if you like.',
  },
  // ---------------------------------------------------------------- spine
  {
    id: 'spinal-twist',
    name: 'Spinal twist',
    area: 'spine',
    postures: ['seated', 'standing'],
    summary:
      'Keep your hips facing forward and rotate your chest and shoulders to one side, then to the other.',
    cues: ['Hips stay square', 'Arms loose, let them follow', 'Turn from the middle of the back'],
    secondsPerRep: 2,
    reps: { min: 16, max: 20 },
    sides: 'alternate',
    motion: 'turn',
    safety: 'Let momentum stay gentle; turn less if your back objects.',
  },
  {
    id: 'seated-arch-round',
    name: 'Seated arch and round',
    area: 'spine',
    postures: ['seated'],
    summary:
      'Sit near the front of the chair, arch your back as the chest rises, then round it and tuck your chin. Let the wave start at the pelvis.',
    cues: ['Start the wave at the pelvis', 'Chest up, then chin down', 'Smooth, not jerky'],
    secondsPerRep: 4,
    reps: { min: 8, max: 12 },
    sides: 'none',
    motion: 'fold',
    safety: 'Move through a range that feels easy on your lower back.',
  },
  // ---------------------------------------------------------------- shoulder
  {
    id: 'chest-open-close',
    name: 'Chest open and close',
    area: 'shoulder',
    postures: ['seated', 'standing'],
    summary:
      'Open your arms out wide and raise your chest, like a big wake-up stretch. Then fold your arms across into a hug and round your upper back.',
    cues: ['Open wide, chest up', 'Close in, upper back round', 'Breathe with the movement'],
    secondsPerRep: 3,
    reps: { min: 10, max: 14 },
    sides: 'none',
    motion: 'open-close',
    safety: 'Open only as wide as your shoulders like.',
  },
  {
    id: 'wide-arm-circles',
    name: 'Wide arm circles',
    area: 'shoulder',
    postures: ['standing'],
    summary: 'Stand with space around you and swing both arms in big, wide circles. Reverse halfway.',
    cues: ['Check you have room', 'Loose arms, easy swing', 'Smaller circles if your arms tire'],
    secondsPerRep: 2,
    reps: { min: 14, max: 20 },
    sides: 'reverse-halfway',
    motion: 'circle',
    safety: 'Make the circles smaller if your shoulders tire or click uncomfortably.',
  },
  {
    id: 'rotator-cuff-mobe',
    name: 'Rotator cuff mobe',
    area: 'shoulder',
    postures: ['seated', 'standing'],
    summary:
      'With hands in fists against your hips, draw both elbows forward toward each other. Then tuck the elbows to your sides and swing the hands out wide.',
    cues: ['Fists on hips, elbows forward', 'Elbows tucked, hands swing out', 'Keep the shoulders down'],
    secondsPerRep: 4,
    reps: { min: 8, max: 10 },
    sides: 'none',
    motion: 'turn',
    safety: 'Keep both parts gentle and within a comfortable range.',
  },
  // ---------------------------------------------------------------- ankle
  {
    id: 'foot-circles',
    name: 'Foot circles',
    area: 'ankle',
    postures: ['seated'],
    summary:
      'Lift one foot a little and roll it in slow, full circles, changing direction partway. Switch feet halfway.',
    cues: ['Move from the ankle', 'Draw the biggest easy circle', 'Change direction, then switch feet'],
    secondsPerRep: 3,
    reps: { min: 10, max: 14 },
    sides: 'switch-halfway',
    motion: 'circle',
    safety: 'Slow down if your shin or foot starts to cramp.',
  },
];

function deepFreeze(mobe: Mobe): Mobe {
  Object.freeze(mobe.postures);
  Object.freeze(mobe.cues);
  Object.freeze(mobe.reps);
  return Object.freeze(mobe);
}

/** Every mobe the app knows, frozen so no caller can change the shared definitions. */
export const CATALOG: readonly Mobe[] = Object.freeze(ENTRIES.map(deepFreeze));

const BY_ID: ReadonlyMap<string, Mobe> = new Map(CATALOG.map((m) => [m.id, m]));

/** The catalog entry with this id, or undefined (e.g. an id saved by an older version). */
export function catalogById(id: string): Mobe | undefined {
  return BY_ID.get(id);
}

/** General note shown with the exercises: short and calm on purpose. */
export const CATALOG_SAFETY_NOTE =
  'Move within a range that feels comfortable, and make it smaller, slower or shorter if something tires or aches. ' +
  'Stop if you feel sharp pain, and see a clinician about anything that keeps bothering you. ' +
  'This is general guidance, not medical advice.';
