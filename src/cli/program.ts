import { Command } from "commander";
import type { CliIo } from "./io.js";
import { densityCommand } from "./commands/density.js";
import { edgesCommand } from "./commands/edges.js";
import { momentsCommand } from "./commands/moments.js";
import { plotCommand } from "./commands/plot.js";
import { simulateCommand } from "./commands/simulate.js";
import { compareCommand } from "./commands/compare.js";
import { LAW_FUNCTIONS } from "./registry.js";

/** The `limspec` command with its subcommands, writing through `io` and never exiting the process. */
export function buildProgram(io: CliIo): Command {
  const program = new Command("limspec")
    .description("Limiting spectra of random matrices: densities, edges and moments of laws; simulation; theory-vs-simulation reports")
    .option("--debug", "print stack traces on errors")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .addHelpText(
      "after",
      `
Law expressions (mathjs syntax) may call:
${Object.values(LAW_FUNCTIONS)
  .map((e) => `  ${e.signature.padEnd(44)} ${e.summary}`)
  .join("\n")}

Examples:
  $ limspec density "mp(0.5)"
  $ limspec edges "mpMap(0.1, atoms([1,4],[0.5,0.5]))"
  $ limspec moments "freeAdd(semicircle(1), mp(0.3))" --k 6
  $ limspec plot "mp(0.5)" "mp(2)" --out mp.png
  $ limspec simulate wigner --n 1000 --seed 1 --out eig.json
  $ limspec compare ntkHadamard --n 2000 --d 40 --p 80 --activation relu --a rademacher --plot ntk.png`,
    );
  for (const add of [densityCommand, edgesCommand, momentsCommand, plotCommand, simulateCommand, compareCommand]) add(program, io);
  for (const sub of program.commands) sub.exitOverride().configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) }).showHelpAfterError("(run with --help for usage)");
  return program;
}
