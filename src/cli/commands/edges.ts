import type { Command } from "commander";
import { parseFormat, toCsv, toJson, writeData, type CliIo } from "../io.js";
import { parseLaw } from "../law.js";

interface EdgesOptions {
  format?: string;
  out?: string;
}

/** `limspec edges <law>`: support intervals of the continuous part and the atoms. */
export function edgesCommand(program: Command, io: CliIo): void {
  program
    .command("edges")
    .description("support edges (all intervals of the continuous part) and atoms of a law")
    .argument("<law>", 'law expression, e.g. "mp(2)"')
    .option("--format <json|csv>", "output format", "json")
    .option("--out <FILE>", "write to FILE instead of stdout")
    .addHelpText(
      "after",
      `
Output (JSON): {"law", "support": [[a, b], ...], "atoms": [{"x", "mass"}]}
CSV: rows kind,a,b (kind "interval": a, b the edges; kind "atom": a the location, b the mass).

Examples:
  $ limspec edges "mp(2)"
  $ limspec edges "mpMap(0.1, atoms([1,4],[0.5,0.5]))"
  $ limspec edges "freeAdd(atoms([-1,1],[0.5,0.5]), semicircle(0.1))" --format csv`,
    )
    .action(async (law: string, o: EdgesOptions) => {
      const format = parseFormat(o.format);
      const mu = parseLaw(law);
      const { supportEdges } = await import("../../spectrum/index.js");
      const support = supportEdges(mu).map(([a, b]: readonly [number, number]) => [a, b]);
      const atoms = mu.atoms.map((a) => ({ x: a.x, mass: a.mass }));
      if (format === "json") writeData(io, toJson({ law, support, atoms }), o.out);
      else
        writeData(
          io,
          toCsv(["kind", "a", "b"], [...support.map(([a, b]) => ["interval", a, b]), ...atoms.map((a) => ["atom", a.x, a.mass])], [`law: ${law}`]),
          o.out,
        );
    });
}
