import type { LabelPlatform } from '../../shared/shortcuts/labels';

/** Whether shortcuts are written the macOS way (⌘⌥⇧) in this window. */
export function labelPlatform(): LabelPlatform {
  return typeof navigator !== 'undefined' && /mac/i.test(navigator.platform) ? 'mac' : 'other';
}
