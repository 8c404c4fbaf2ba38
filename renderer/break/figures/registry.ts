import type { ComponentType } from 'react';
import type { FigureProps } from './Osc';
import { AnkleKneeDrives, HeelToeRocks } from './ankle';
import { SeatedHipSwitch, SeatedKneeCircles, SeatedPelvicCircles } from './hipSeated';
import { SeatedArmCircles, SeatedOpenBook } from './seatedUpper';
import {
  DeskWristRocks,
  ForearmMobe,
  ForearmRotations,
  SeatedWristRocks,
  WristCircles,
  WristWaves,
} from './wrist';
import { HipFlexorMobe, PelvicCircles, SeatedGluteMobe, SideSitBumOut, StandingKneeCircles } from './hip';
import { LookOverShoulder, NeckCircles, NeckFlexorMobe, NeckHalfCircles, NeckSideBends } from './neck';
import {
  ChestOpenClose,
  FootCircles,
  RotatorCuffMobe,
  SeatedArchRound,
  SpinalTwist,
  WideArmCircles,
} from './upper';

/** Each mobe's own animated figure, keyed by mobe id (ids never change: see the catalog). */
export const FIGURES: Readonly<Record<string, ComponentType<FigureProps>>> = {
  'neck-circles': NeckCircles,
  'neck-flexor-mobe': NeckFlexorMobe,
  'neck-side-bends': NeckSideBends,
  'look-over-shoulder': LookOverShoulder,
  'wrist-circles': WristCircles,
  'forearm-mobe': ForearmMobe,
  'desk-wrist-rocks': DeskWristRocks,
  'forearm-rotations': ForearmRotations,
  'pelvic-circles': PelvicCircles,
  'standing-knee-circles': StandingKneeCircles,
  'hip-flexor-mobe': HipFlexorMobe,
  'seated-glute-mobe': SeatedGluteMobe,
  'side-sit-bum-out': SideSitBumOut,
  'spinal-twist': SpinalTwist,
  'seated-arch-round': SeatedArchRound,
  'chest-open-close': ChestOpenClose,
  'wide-arm-circles': WideArmCircles,
  'rotator-cuff-mobe': RotatorCuffMobe,
  'foot-circles': FootCircles,
  'neck-half-circles': NeckHalfCircles,
  'seated-wrist-rocks': SeatedWristRocks,
  'wrist-waves': WristWaves,
  'seated-pelvic-circles': SeatedPelvicCircles,
  'seated-knee-circles': SeatedKneeCircles,
  'seated-hip-switch': SeatedHipSwitch,
  'seated-open-book': SeatedOpenBook,
  'seated-arm-circles': SeatedArmCircles,
  'heel-toe-rocks': HeelToeRocks,
  'ankle-knee-drives': AnkleKneeDrives,
};
