import type { ComponentType } from 'react';
import type { FigureProps } from './Osc';
import { ForearmMobe, ForearmRotations, DeskWristRocks, WristCircles } from './wrist';
import { HipFlexorMobe, PelvicCircles, SeatedGluteMobe, SideSitBumOut, StandingKneeCircles } from './hip';
import { LookOverShoulder, NeckCircles, NeckFlexorMobe, NeckSideBends } from './neck';
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
};
