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

/** The controls that shape the body of articles, sorted by what they do. */
export interface BodyControls {
  /** Continuations assigned by hand: first line of the paragraph → headline line of its article. */
  assigned: Map<number, number>;
  /** First lines of paragraphs that continue nothing. */
  none: Set<number>;
  /** Lines of articles that are complete, not cut off. */
  complete: Set<number>;
  /** Last lines of paragraphs to join with the next one, and never to join. */
  join: Set<number>;
  noJoin: Set<number>;
}

/** Sort the body controls out of the control map. */
export function bodyControls(map: ControlMap): BodyControls {
  const out: BodyControls = {
    assigned: new Map(),
    none: new Set(),
    complete: new Set(),
    join: new Set(),
    noJoin: new Set(),
  };
  for (const [line, c] of map) {
    if (typeof c === 'object') {
      if (c.continues === 'none') out.none.add(line);
      else out.assigned.set(line, c.continues);
    } else if (c === 'complete') out.complete.add(line);
    else if (c === 'join') out.join.add(line);
    else if (c === 'no-join') out.noJoin.add(line);
  }
  return out;
}
