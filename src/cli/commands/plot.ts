import type { Command } from "commander";
import { readEigenvalues } from "../eigenvalue-file.js";
import { checkImagePath } from "../figure-output.js";
import { parseGrid, parsePositiveInteger } from "../grid.js";
import { UsageError, type CliIo } from "../io.js";
import { parseLaw } from "../law.js";

interface PlotOptions {
  out?: string;
  spec?: string;
  html?: string;
  eigenvalues?: string;
  bins?: string;
  grid?: string;
  points?: string;
  title?: string;
  width?: string;
  height?: string;
  scale?: string;
}

/** `limspec plot <law...>`: densities of one or more laws (and optionally a histogram) on one figure. */
export function plotCommand(program: Command, io: CliIo): void {
  program
    .command("plot")
    .description("draw the densities of one or more laws on one figure (SVG, PNG, Vega-Lite spec, HTML)")
    .argument("<law...>", "one or more law expressions")
    .option("--out <FILE>", "image file, .svg or .png (PNG drawn with the bundled DejaVu Sans font)")
    .option("--spec <FILE>", "also save the Vega-Lite spec (e.g. figure.vl.json) for restyling")
    .option("--html <FILE>", "also write an offline HTML page with the interactive chart")
    .option("--eigenvalues <FILE>", "overlay a histogram of eigenvalues (output of `limspec simulate`, a JSON array, or one number per line)")
    .option("--bins <N>", "histogram bins")
    .option("--grid <a:b:N>", "density grid for every law (default: each law's automatic grid)")
    .option("--points <N>", "size of the automatic grids", "801")
    .option("--title <TEXT>", "figure title")
    .option("--width <PX>", "plot width in pixels", "640")
    .option("--height <PX>", "plot height in pixels", "360")
    .option("--scale <S>", "PNG pixel density", "2")
    .addHelpText(
      "after",
      `
Without --out, --spec or --html the SVG is written to stdout.

Examples:
  $ limspec plot "mp(0.5)" --out mp.svg
  $ limspec plot "mp(0.5)" "mpMap(0.5, atoms([1,4],[0.5,0.5]))" "mp(2)" --out laws.png --spec laws.vl.json
  $ limspec simulate wishart --n 400 --N 800 --out eig.json && limspec plot "mp(0.5)" --eigenvalues eig.json --html mp.html`,
    )
    .action(async (laws: string[], o: PlotOptions) => {
      const [{ densityFigureSpec }, { writeFigure }, { tabulate }] = await Promise.all([import("../../plot/index.js"), import("../figure-output.js"), import("../law-density.js")]);
      checkImagePath("--out", o.out);
      const scale = Number(o.scale ?? "2");
      if (!(scale > 0 && scale <= 16)) throw new UsageError(`--scale must lie in (0, 16], got ${JSON.stringify(o.scale)}`);
      const grid = o.grid !== undefined ? parseGrid(o.grid) : undefined;
      const points = parsePositiveInteger("--points", o.points, 801);
      const values = o.eigenvalues ? readEigenvalues(o.eigenvalues) : undefined;
      const curves = laws.map((law) => {
        const t = tabulate(parseLaw(law), grid, points);
        return { label: law, x: t.x, density: t.density, atoms: t.atoms, support: t.support };
      });
      const title = o.title ?? (laws.length === 1 ? `Density of ${laws[0]}` : `Densities of ${laws.length} laws`);
      const spec = densityFigureSpec(curves, values ? { values, bins: o.bins ? parsePositiveInteger("--bins", o.bins, 1) : undefined } : undefined, {
        title,
        width: parsePositiveInteger("--width", o.width, 640),
        height: parsePositiveInteger("--height", o.height, 360),
        interactive: o.html !== undefined,
      });
      const written = await writeFigure(io, spec, { image: o.out, spec: o.spec, html: o.html, scale }, { title });
      if (written.length) io.stderr(`wrote ${written.join(", ")}\n`);
    });
}
