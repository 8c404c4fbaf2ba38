import { CATALOG, CATALOG_SAFETY_NOTE } from '../../shared/catalog/catalog';
import { parseArgs } from './args';
import { usageError } from './errors';
import type { CliIo } from './io';
import { renderTable } from './table';

/**
 * `mobes catalog [--json]`: every mobe, as JSON (an array) or a readable table. `reps` is the
 * microbreak dose, `focus` the focus-set dose (focusReps).
 */
export function catalogCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs('catalog', argv, { flags: ['json'] });
  if (args.positionals.length)
    throw usageError(`"catalog" takes no arguments, got: ${args.positionals.join(' ')}`);
  if (args.flags.has('json')) {
    io.stdout(JSON.stringify(CATALOG, null, 2) + '\n');
    return 0;
  }
  const rows = CATALOG.map((m) => [
    m.id,
    m.name,
    m.area,
    m.postures.join('/'),
    m.secondsPerRep,
    `${m.reps.min}-${m.reps.max}`,
    `${m.focusReps.min}-${m.focusReps.max}`,
    m.sides,
  ]);
  io.stdout(renderTable(['id', 'name', 'area', 'postures', 's/rep', 'reps', 'focus', 'sides'], rows));
  io.stdout(`\n${CATALOG.length} mobes. ${CATALOG_SAFETY_NOTE}\n`);
  return 0;
}
