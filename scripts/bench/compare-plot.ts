/**
 * Timings of the distances (src/compare) and the figure pipeline (src/plot).
 * Run: npx tsx scripts/bench/compare-plot.ts   (results go to docs/benchmarks/compare-plot.md)
 */
import { loadavg } from "node:os";
import { compareSpectrum, tabulatedLaw } from "../../src/compare/index.js";
import { mp } from "../../src/measures/index.js";
import { densityFigureSpec, htmlReport, renderSvg, svgToPng } from "../../src/plot/index.js";
import { autoGrid, densityOnGrid, supportEdges } from "../../src/spectrum/index.js";
import { lawDistribution } from "../../src/compare/from-measure.js";

const time = async <T>(f: () => T | Promise<T>, reps = 3): Promise<[number, T]> => {
  let best = Infinity;
  let out!: T;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    out = await f();
    best = Math.min(best, performance.now() - t0);
  }
  return [best, out];
};

const law = mp(0.5);
const closed = lawDistribution(law);
const grid = autoGrid(law, 4001);
const tabulated = tabulatedLaw(grid, densityOnGrid(law, grid).density, law.atoms, supportEdges(law));

console.log(`load average ${loadavg().map((v) => v.toFixed(1)).join(" ")}`);
console.log("| eigenvalues | law cdf | KS + W1 + L1 + outside (ms) |");
console.log("|---|---|---|");
for (const n of [1e4, 1e5]) {
  const rng = (() => {
    let s = 12345;
    return () => ((s = (s * 16807) % 2147483647) / 2147483647);
  })();
  const x = Float64Array.from({ length: n }, () => law.quantile!(rng()));
  for (const [name, dist] of [["closed form", closed], ["tabulated, 4001 points", tabulated]] as const) {
    const [ms] = await time(() => compareSpectrum(x, dist));
    console.log(`| ${n} | ${name} | ${ms.toFixed(0)} |`);
  }
}

const x = Float64Array.from({ length: 1e4 }, (_, i) => law.quantile!((i + 0.5) / 1e4));
const curve = { label: "mp(0.5)", x: grid, density: densityOnGrid(law, grid).density, support: supportEdges(law) };
const [specMs, spec] = await time(() => densityFigureSpec([curve], { values: x }, { title: "bench" }));
const [svgMs, svg] = await time(() => renderSvg(spec));
const [pngMs] = await time(() => svgToPng(svg));
const [htmlMs, html] = await time(() => htmlReport(spec));
console.log("\n| figure step (4001-point density, 10⁴ eigenvalues) | ms |");
console.log("|---|---|");
console.log(`| Vega-Lite spec | ${specMs.toFixed(0)} |`);
console.log(`| SVG (vega, headless) | ${svgMs.toFixed(0)} |`);
console.log(`| PNG (resvg, scale 2) | ${pngMs.toFixed(0)} |`);
console.log(`| HTML report (${(html.length / 1024).toFixed(0)} KiB) | ${htmlMs.toFixed(0)} |`);
