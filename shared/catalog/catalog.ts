import type { Mobe } from './types';

/**
 * The mobes the app can guide. Facts (movements, rhythm, rep ranges) come from the movement notes
 * distilled from the source documents; every text is our own wording.
 *
 * Conventions:
 * - `secondsPerRep` is one full rep at a relaxed rhythm; `reps` is the range that fits a 30-60 s break.
 * - `focusReps` is the focus dose (004: one set of 25-75 reps for a stiff joint), capped at 4 minutes
 *   at the rhythm and kept lower for movements that tire quickly.
 * - The comment above each mobe names its source document in shared/seeds (000-004) or the movement
 *   notes (MOVEMENT.md). A seated version of a movement a source describes standing or lying is used
 *   only where the joint moves the same way.
 * - Texts stay within TEXT_LIMITS (textLimits.ts), the lengths the break window is laid out for.
 * - For 'alternate', 'switch-halfway' and 'reverse-halfway' the rep range is kept to even counts by
 *   `targetRepsFor`, so both sides or directions get the same work.
 * - A rep of a two-part movement (open then close, back then forward) counts the whole cycle.
 * - Ids are saved in history and in hidden/liked lists, and visuals are keyed on them: never rename.
 */
const ENTRIES: Mobe[] = [
  // ---------------------------------------------------------------- neck
  // Source: 004 neck circles; MOVEMENT.md rhythm.
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
    focusReps: { min: 26, max: 60 }, // 004 appendix B: big sets of circles loosen a stiff neck
    sides: 'reverse-halfway',
    motion: 'circle',
    safety: 'Keep each circle comfortable; make it smaller if anything pinches.',
  },
  // Source: 004 neck flexor mobilizations.
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
    focusReps: { min: 26, max: 60 },
    sides: 'alternate',
    motion: 'tilt',
    safety: 'Tip back only as far as feels easy; keep it smaller if you feel light-headed.',
  },
  // Source: 004 (ear toward shoulder, done rhythmically); MOVEMENT.md side bends.
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
    focusReps: { min: 26, max: 74 },
    sides: 'alternate',
    motion: 'tilt',
    safety: 'Stay inside a comfortable range and avoid bouncing at the ends.',
  },
  // Source: MOVEMENT.md look-over-shoulder turns.
  {
    id: 'look-over-shoulder',
    name: 'Look over your shoulder',
    area: 'neck',
    postures: ['seated'],
    summary: 'Turn your head to look over one shoulder, then sweep round to look over the other.',
    cues: ['Chin stays level', 'Let your eyes lead the turn', 'Stop where the turn still feels easy'],
    secondsPerRep: 2,
    reps: { min: 16, max: 20 },
    focusReps: { min: 26, max: 74 },
    sides: 'alternate',
    motion: 'turn',
    safety: 'Soften at each end point; if it pinches, turn less.',
  },
  // Source: 004 neck circles (leave out the back of the circle if it is unpleasant): the front half alone.
  {
    id: 'neck-half-circles',
    name: 'Neck half circles',
    area: 'neck',
    postures: ['seated'],
    summary:
      'Let your chin sink toward your chest and sweep it in a low arc from one shoulder to the other, leaving out the back of the circle.',
    cues: ['Chin glides low across the chest', 'Ear drifts toward each shoulder', 'Shoulders stay heavy'],
    secondsPerRep: 3,
    reps: { min: 12, max: 16 },
    focusReps: { min: 26, max: 74 },
    sides: 'alternate',
    motion: 'swing',
    safety: 'Stay in an easy range, and make the arc shallower if the neck feels tight.',
  },
  // ---------------------------------------------------------------- wrist
  // Source: 004 wrist circles.
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
    focusReps: { min: 26, max: 50 }, // 004: tires the forearms quickly, so a shorter top
    sides: 'reverse-halfway',
    motion: 'circle',
    safety: 'This tires the forearms quickly: go smaller and slower whenever you need to.',
  },
  // Source: 004 forearm mobilizations, standing.
  {
    id: 'forearm-mobe',
    name: 'Forearm mobe',
    area: 'wrist',
    postures: ['seated', 'standing'],
    summary:
      'Arm out straight, palm up, ease the fingers back with your other hand. Then turn the palm down and out and curl the wrist the other way.',
    cues: ['Elbow straight, shoulder relaxed', 'Fingers back, then wrist curled', 'Change arms halfway'],
    secondsPerRep: 4,
    reps: { min: 8, max: 10 },
    focusReps: { min: 26, max: 50 },
    sides: 'switch-halfway',
    motion: 'rock',
    safety: 'Use a gentle pull only; a mild stretch is plenty.',
  },
  // Source: 004 forearm mobilizations, seated (palms, then backs of the hands), done standing at the desk; 000 wrist rocks.
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
    focusReps: { min: 26, max: 60 },
    sides: 'alternate',
    motion: 'rock',
    safety: 'Put only a little weight through the hands and stay where it feels good.',
  },
  // Source: MOVEMENT.md forearm rotations; 000 wrist rotations.
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
    focusReps: { min: 25, max: 75 },
    sides: 'none',
    motion: 'turn',
    safety: 'Keep the turn relaxed; slow down if your elbows or wrists complain.',
  },
  // Source: 004 forearm mobilizations, seated (hands on a firm seat beside you, elbows straight).
  {
    id: 'seated-wrist-rocks',
    name: 'Seated wrist rocks',
    area: 'wrist',
    postures: ['seated'],
    summary:
      'Sit forward with your palms on the seat beside your hips, fingers pointing back. Lean onto one hand a little, then onto the other.',
    cues: ['Elbows long and straight', 'Lean in gently, then let go', 'Second half: backs of the hands down'],
    secondsPerRep: 3,
    reps: { min: 10, max: 14 },
    focusReps: { min: 26, max: 60 },
    sides: 'alternate',
    motion: 'rock',
    safety: 'Lean only as much as your wrists and elbows find pleasant.',
  },
  // Source: 004 wrist circles and forearm mobilizations, 000 wrist flexion and extension: the wrist bends up and down with its own muscles.
  {
    id: 'wrist-waves',
    name: 'Wrist waves',
    area: 'wrist',
    postures: ['seated'],
    summary:
      'Rest your forearms on the desk with your hands past its edge. Lift both hands up from the wrists, then let them bend down.',
    cues: ['Forearms stay on the desk', 'Up as far as easy, then down', 'Loose fingers, even rhythm'],
    secondsPerRep: 2,
    reps: { min: 16, max: 24 },
    focusReps: { min: 25, max: 60 }, // works the forearm muscles, which tire early
    sides: 'none',
    motion: 'swing',
    safety: 'Make the movement smaller or slower if your forearms tire.',
  },
  // ---------------------------------------------------------------- hip
  // Source: 004 pelvic circles.
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
    focusReps: { min: 26, max: 60 },
    sides: 'reverse-halfway',
    motion: 'circle',
    safety: 'Keep the circle inside what your lower back finds comfortable.',
  },
  // Source: 003 standing hip circles.
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
    focusReps: { min: 26, max: 50 }, // one leg lifted the whole set: a shorter top
    sides: 'switch-halfway',
    motion: 'circle',
    safety: 'Keep a hand on something steady and make the circles smaller if the hip pinches.',
  },
  // Source: 004 iliopsoas mobilization; 003 hip extension for long sitters.
  {
    id: 'hip-flexor-mobe',
    name: 'Hip flexor mobe',
    area: 'hip',
    postures: ['standing'],
    summary:
      'In a short lunge, back foot angled in, sink your hips forward and down. Stand up and lift the inner edge of that back foot; switch sides halfway.',
    cues: [
      'Short stance, back foot pointing in',
      'Hips forward to feel the front open',
      'Stand and lift the inner foot',
    ],
    secondsPerRep: 5,
    reps: { min: 6, max: 8 },
    focusReps: { min: 26, max: 48 },
    sides: 'switch-halfway',
    motion: 'lunge',
    safety: 'Keep the lunge short and steady; hold the desk if balance is tricky.',
  },
  // Source: 004 deep gluteal mobilization.
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
    focusReps: { min: 26, max: 48 },
    sides: 'switch-halfway',
    motion: 'fold',
    safety: 'Tip forward only while it feels comfortable; ease off if you feel it in the knee.',
  },
  // Source: 004 stick-your-bum-out.
  {
    id: 'side-sit-bum-out',
    name: 'Side-sit bum out',
    area: 'hip',
    postures: ['standing'],
    summary:
      'Bend your knees and push your hips back and out to one side as your upper body leans away. Stand tall, squeeze your glutes, then go the other way.',
    cues: [
      'Sit back as if onto a stool behind you',
      'Round the lower back, lean away',
      'Stand tall and squeeze',
    ],
    secondsPerRep: 4,
    reps: { min: 8, max: 10 },
    focusReps: { min: 26, max: 50 },
    sides: 'alternate',
    motion: 'rock',
    safety: 'Go only as deep as feels easy, and keep a hand on the desk if you like.',
  },
  // Source: 004 pelvic circles, done seated: the pelvis rolls over the sit bones, so the hips move the same way.
  {
    id: 'seated-pelvic-circles',
    name: 'Seated pelvic circles',
    area: 'hip',
    postures: ['seated'],
    summary:
      'Sit near the front of the chair and roll your pelvis in a circle over your sit bones: forward, across, back and round. Reverse halfway.',
    cues: [
      'Tip forward, then round back',
      'Roll from one sit bone to the other',
      'Head and shoulders stay calm',
    ],
    secondsPerRep: 3,
    reps: { min: 10, max: 14 },
    focusReps: { min: 26, max: 60 },
    sides: 'reverse-halfway',
    motion: 'circle',
    safety: 'Keep the circle small enough that your lower back stays comfortable.',
  },
  // Source: 003 standing hip circles and 004 knee circles, done seated: the thigh still circles in the hip socket.
  {
    id: 'seated-knee-circles',
    name: 'Seated knee circles',
    area: 'hip',
    postures: ['seated'],
    summary:
      'Sit tall near the front of the chair, lift one knee a little and draw slow circles with it. Switch legs halfway.',
    cues: [
      'Hold the seat edge if you like',
      'Circle from the hip, not the foot',
      'Stay tall, no leaning back',
    ],
    secondsPerRep: 4,
    reps: { min: 8, max: 10 },
    focusReps: { min: 26, max: 50 }, // the lifted leg tires: a shorter top
    sides: 'switch-halfway',
    motion: 'circle',
    safety: 'Make the circles smaller if the hip pinches or the thigh tires.',
  },
  // Source: 003 90/90 hip switch (inward and outward hip rotation in one move) and 004 deep gluteal (feet wide, knees in), done in the chair.
  {
    id: 'seated-hip-switch',
    name: 'Seated hip switch',
    area: 'hip',
    postures: ['seated'],
    summary:
      'Sit with your feet flat and wide apart. Let both knees tip over to one side, then bring them back through the middle to the other.',
    cues: ['Feet stay planted and wide', 'One hip turns in, the other out', 'Sit tall as the knees sway'],
    secondsPerRep: 3,
    reps: { min: 10, max: 14 },
    focusReps: { min: 26, max: 74 },
    sides: 'alternate',
    motion: 'swing',
    safety: 'Let the knees go only as far as the hips allow, and ease off if a knee complains.',
  },
  // ---------------------------------------------------------------- spine
  // Source: 004 spinal twist mobilization; 003 thoracic rotation.
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
    focusReps: { min: 26, max: 74 }, // 004: quick, and large numbers suit it
    sides: 'alternate',
    motion: 'turn',
    safety: 'Let momentum stay gentle; turn less if your back objects.',
  },
  // Source: 004 cats and dogs, done seated; 003 cat-cow.
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
    focusReps: { min: 25, max: 60 },
    sides: 'none',
    motion: 'fold',
    safety: 'Move through a range that feels easy on your lower back.',
  },
  // Source: 003 open book (thoracic rotation, lying), done seated: the hips stay put while the upper back turns.
  {
    id: 'seated-open-book',
    name: 'Seated open book',
    area: 'spine',
    postures: ['seated', 'standing'],
    summary:
      'Sit tall with both arms out in front at chest height. Sweep one arm open and back, chest and eyes following it, then bring it home.',
    cues: ['Knees and hips face forward', 'Eyes follow the moving hand', 'Turn from the upper back'],
    secondsPerRep: 4,
    reps: { min: 8, max: 12 },
    focusReps: { min: 26, max: 60 },
    sides: 'alternate',
    motion: 'turn',
    safety: 'Open only as far as your back and shoulder turn easily.',
  },
  // ---------------------------------------------------------------- shoulder
  // Source: 004 chest opening and closing.
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
    focusReps: { min: 25, max: 60 },
    sides: 'none',
    motion: 'open-close',
    safety: 'Open only as wide as your shoulders like.',
  },
  // Source: 004 wide arm circles.
  {
    id: 'wide-arm-circles',
    name: 'Wide arm circles',
    area: 'shoulder',
    postures: ['standing'],
    summary: 'Stand with space around you and swing both arms in big, wide circles. Reverse halfway.',
    cues: ['Check you have room', 'Loose arms, easy swing', 'Smaller circles if your arms tire'],
    secondsPerRep: 2,
    reps: { min: 14, max: 20 },
    focusReps: { min: 26, max: 50 }, // 004: easy to overdo, so a shorter top
    sides: 'reverse-halfway',
    motion: 'circle',
    safety: 'Make the circles smaller if your shoulders tire or click uncomfortably.',
  },
  // Source: 004 rotator cuff mobilizations.
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
    focusReps: { min: 25, max: 50 },
    sides: 'none',
    motion: 'turn',
    safety: 'Keep both parts gentle and within a comfortable range.',
  },
  // Source: 004 wide arm circles (shrink the circle as needed), done seated: the shoulders circle the same way.
  {
    id: 'seated-arm-circles',
    name: 'Seated arm circles',
    area: 'shoulder',
    postures: ['seated'],
    summary:
      'Sit tall, raise your arms out to the sides and draw steady, medium circles with them. Reverse halfway.',
    cues: ['Arms long, shoulders low', 'Circle from the shoulder', 'Lower or smaller if the arms tire'],
    secondsPerRep: 2.5,
    reps: { min: 12, max: 16 },
    focusReps: { min: 26, max: 50 }, // raised arms tire: a shorter top
    sides: 'reverse-halfway',
    motion: 'circle',
    safety: 'Drop the arms a little or shrink the circles if the shoulders tire.',
  },
  // ---------------------------------------------------------------- ankle
  // Source: 004 foot circles; 003 ankle circles.
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
    focusReps: { min: 26, max: 50 }, // 004: surprisingly tiring
    sides: 'switch-halfway',
    motion: 'circle',
    safety: 'Slow down if your shin or foot starts to cramp.',
  },
  // Source: 003 ankle dorsiflexion (foot bends up toward the shin) with its partner, pointing, done seated without load.
  {
    id: 'heel-toe-rocks',
    name: 'Heel and toe rocks',
    area: 'ankle',
    postures: ['seated'],
    summary:
      'Sit with both feet flat. Lift your toes toward your shins, then set them down and lift your heels instead.',
    cues: ['Heels down, toes up', 'Then toes down, heels up', 'Knees stay where they are'],
    secondsPerRep: 2,
    reps: { min: 16, max: 24 },
    focusReps: { min: 25, max: 75 },
    sides: 'none',
    motion: 'rock',
    safety: 'Keep it easy, and pause if your calf or shin starts to cramp.',
  },
  // Source: 003 ankle dorsiflexion drill (knee drives over the toes, heel down), at the desk instead of a wall.
  {
    id: 'ankle-knee-drives',
    name: 'Ankle knee drives',
    area: 'ankle',
    postures: ['standing'],
    summary:
      'Stand at the desk, one foot a step ahead, and bend that knee forward over the toes with the heel down. Straighten, and switch feet halfway.',
    cues: ['Heel stays on the floor', 'Knee travels over the middle toes', 'A hand on the desk for balance'],
    secondsPerRep: 3,
    reps: { min: 10, max: 14 },
    focusReps: { min: 26, max: 60 },
    sides: 'switch-halfway',
    motion: 'lunge',
    safety: 'Go only as far forward as the heel stays down and the ankle feels easy.',
  },
];

function deepFreeze(mobe: Mobe): Mobe {
  Object.freeze(mobe.postures);
  Object.freeze(mobe.cues);
  Object.freeze(mobe.reps);
  Object.freeze(mobe.focusReps);
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
