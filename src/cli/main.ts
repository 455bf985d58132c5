import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CommanderError } from "commander";
import { buildProgram } from "./program.js";
import { processIo, UsageError, type CliIo } from "./io.js";
import { ExpressionError } from "./expression.js";

/**
 * Runs `limspec` with the given arguments (without `node` and the script) and returns the exit
 * code: 0 on success, 1 when the work fails (bad law, non-convergence…), 2 on a usage error.
 * Data goes to `io.stdout` (or files), progress and the one-line error to `io.stderr`; the
 * stack trace only with `--debug`. Never calls `process.exit`.
 *
 * @example await main(["density", "mp(0.5)", "--grid", "0:3:7"])
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const debug = argv.includes("--debug");
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander has already printed its message (or the help, exit code 0).
      return e.exitCode === 0 ? 0 : 2;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    const line = err.message.split("\n")[0];
    io.stderr(`limspec: ${err instanceof ExpressionError || err instanceof UsageError ? "" : `${err.name}: `}${line}\n`);
    if (debug && err.stack) io.stderr(err.stack + "\n");
    return err instanceof UsageError || err instanceof ExpressionError ? 2 : 1;
  }
}

/** Runs `main` on the process's arguments and exits once stdout has drained. */
export async function runAsProcess(): Promise<void> {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of the command.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  const code = await main(process.argv.slice(2));
  process.stdout.write("", () => process.exit(code));
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (invokedDirectly) void runAsProcess();
