import { writeFileSync } from "node:fs";

/** Where the command writes: data to `stdout` (or a file), progress and errors to `stderr`. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The process's own streams. */
export const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

/** A mistake in the command line (bad option value, missing output file…): one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Writes text data to `out` (a file path) or, without one, to stdout. */
export function writeData(io: CliIo, text: string, out?: string): void {
  if (out && out !== "-") writeFileSync(out, text);
  else io.stdout(text);
}

/** `--format json|csv`, checked. */
export type DataFormat = "json" | "csv";
export function parseFormat(value: string | undefined): DataFormat {
  const f = value ?? "json";
  if (f !== "json" && f !== "csv") throw new UsageError(`--format must be json or csv, got ${JSON.stringify(f)}`);
  return f;
}

/** Number → shortest text that reads back to the same double (JSON and CSV cells). */
export const num = (v: number): string => (Number.isFinite(v) ? String(v) : v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN");

/** JSON with typed arrays written as arrays and non-finite numbers as strings. */
export function toJson(value: unknown): string {
  return (
    JSON.stringify(
      value,
      (_k, v) => {
        if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
        if (typeof v === "number" && !Number.isFinite(v)) return num(v);
        return v;
      },
      0,
    ) + "\n"
  );
}

/** Rows to CSV (RFC 4180 quoting for text cells), with optional `# ` comment lines first. */
export function toCsv(header: readonly string[], rows: readonly (readonly (number | string)[])[], comments: readonly string[] = []): string {
  const cell = (v: number | string): string => (typeof v === "number" ? num(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = comments.map((c) => `# ${c}`);
  lines.push(header.map(cell).join(","));
  for (const r of rows) lines.push(r.map(cell).join(","));
  return lines.join("\n") + "\n";
}
