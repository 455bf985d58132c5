import type { Phase } from "./models/types.js";

/** A progress report: after each phase of each trial. */
export interface Progress {
  model: string;
  /** 0-based trial index that just finished `phase`. */
  trial: number;
  trials: number;
  phase: Phase | "done";
  /** Milliseconds since the simulation started. */
  elapsedMs: number;
}

/**
 * A reporter that writes one line per finished trial to stderr (overwriting in place on a
 * terminal), silent for runs shorter than `minMs` (default 1 s) so quick runs stay quiet.
 */
export function stderrProgress(minMs = 1000): (p: Progress) => void {
  const tty = process.stderr.isTTY === true;
  let shown = false;
  return (p) => {
    if (p.phase !== "eigenvalues" && p.phase !== "done") return;
    if (p.elapsedMs < minMs && !(shown && p.phase === "done")) return;
    if (p.phase === "done") {
      if (shown && tty) process.stderr.write("\n");
      return;
    }
    shown = true;
    const line = `${p.model}: trial ${p.trial + 1}/${p.trials} done, ${(p.elapsedMs / 1000).toFixed(1)} s`;
    process.stderr.write(tty ? `\r${line}` : `${line}\n`);
  };
}
