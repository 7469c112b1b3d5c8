import { InputError } from '../regenerate/input-error.ts';
import type { LineControl, SplitControls } from '../schemas/split-controls.ts';
import type { SourceLine } from './to-source-lines.ts';

/** The editor's line controls by bulletin line number. */
export type ControlMap = ReadonlyMap<number, LineControl>;

/** Turns a control that does not fit the bulletin into one error line naming the file and key. */
export type ControlFault = (line: number, problem: string) => InputError;

/** Check that every control names a printed line of this bulletin, and index them by line number. */
export function readLineControls(
  controls: { lines: SplitControls; file: string } | undefined,
  lines: readonly SourceLine[],
): { map: ControlMap; fault: ControlFault } {
  const file = controls?.file ?? 'overrides';
  const fault: ControlFault = (line, problem) => new InputError(file, `lines.${line}: ${problem}`);
  const printed = new Set(lines.map((l) => l.no));
  const last = lines.at(-1)?.no ?? 0;
  const map = new Map<number, LineControl>();
  for (const [key, control] of Object.entries(controls?.lines ?? {})) {
    const no = Number(key);
    if (no > last) throw fault(no, `the bulletin has only ${last} lines`);
    if (!printed.has(no)) throw fault(no, 'that line is blank in the bulletin');
    map.set(no, control);
  }
  return { map, fault };
}
