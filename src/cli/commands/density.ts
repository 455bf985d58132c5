import type { Command } from "commander";
import { parseGrid, parsePositiveInteger } from "../grid.js";
import { parseFormat, toCsv, toJson, writeData, type CliIo } from "../io.js";
import { parseLaw } from "../law.js";

interface DensityOptions {
  grid?: string;
  points?: string;
  format?: string;
  out?: string;
}

/** `limspec density <law>`: the density on a grid, the atoms and the support, as JSON or CSV. */
export function densityCommand(program: Command, io: CliIo): void {
  program
    .command("density")
    .description("density of a law on a grid (no η smoothing), with its atoms and support intervals")
    .argument("<law>", 'law expression, e.g. "mpMap(0.5, atoms([1,4],[0.5,0.5]))"')
    .option("--grid <a:b:N>", "N equally spaced points from a to b (default: automatic grid resolving edges and gaps)")
    .option("--points <N>", "size of the automatic grid", "801")
    .option("--format <json|csv>", "output format", "json")
    .option("--out <FILE>", "write to FILE instead of stdout")
    .addHelpText(
      "after",
      `
Output (JSON): {"law", "x": [...], "density": [...], "atoms": [{"x", "mass"}], "support": [[a, b], ...], "maxResidual"}
CSV: columns x,density,residual after "# " comment lines giving the law, atoms and support.

Examples:
  $ limspec density "mp(0.5)"
  $ limspec density "mpMap(0.5, atoms([1,4],[0.5,0.5]))" --grid 0:8:401 --format csv --out density.csv
  $ limspec density "freeAdd(semicircle(1), mp(0.3))" --points 2001`,
    )
    .action(async (law: string, o: DensityOptions) => {
      const format = parseFormat(o.format);
      const mu = parseLaw(law);
      const grid = o.grid !== undefined ? parseGrid(o.grid) : undefined;
      const { tabulate } = await import("../law-density.js");
      const t = tabulate(mu, grid, parsePositiveInteger("--points", o.points, 801));
      const maxResidual = t.residual.reduce((m, r) => Math.max(m, r), 0);
      if (format === "json") {
        writeData(io, toJson({ law, x: t.x, density: t.density, atoms: t.atoms, support: t.support, maxResidual }), o.out);
      } else {
        const comments = [
          `law: ${law}`,
          `atoms (x:mass): ${t.atoms.map((a) => `${a.x}:${a.mass}`).join(" ") || "none"}`,
          `support: ${t.support.map(([a, b]) => `[${a}, ${b}]`).join(" ") || "none"}`,
        ];
        const rows = Array.from(t.x, (x, i) => [x, t.density[i], t.residual[i]]);
        writeData(io, toCsv(["x", "density", "residual"], rows, comments), o.out);
      }
    });
}
