import { readFileSync } from "node:fs";
import { UsageError } from "./io.js";

/**
 * Reads eigenvalues from a file: the JSON written by `limspec simulate` (`{"eigenvalues": [...]}`),
 * a JSON array, or text/CSV with one number per line (a header line and `#` comments skipped).
 */
export function readEigenvalues(file: string): Float64Array {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read eigenvalues from ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const trimmed = text.trim();
  let values: unknown;
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (e) {
      throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
    }
    values = Array.isArray(parsed) ? parsed : (parsed as { eigenvalues?: unknown }).eigenvalues;
  } else {
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== "" && !l.startsWith("#"));
    if (lines.length > 0 && !Number.isFinite(Number(lines[0].split(",")[0]))) lines.shift();
    values = lines.map((l) => Number(l.split(",")[0]));
  }
  if (!Array.isArray(values) || values.length === 0) throw new UsageError(`${file} holds no eigenvalues (expected {"eigenvalues": [...]}, an array, or one number per line)`);
  const out = new Float64Array(values.length);
  values.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new UsageError(`${file}: eigenvalue ${i + 1} is not a finite number (${JSON.stringify(v)})`);
    out[i] = v;
  });
  return out;
}
