import type { Command } from "commander";
import type { LawDistribution } from "../../compare/index.js";
import type { Measure } from "../../measures/measure.js";
import type { BackendChoice } from "../../sim/index.js";
import { checkImagePath } from "../figure-output.js";
import { parsePositiveInteger } from "../grid.js";
import { toJson, UsageError, writeData, type CliIo } from "../io.js";
import { parseLaw } from "../law.js";
import type { TabulatedLaw } from "../law-density.js";
import { matchingLaw, predictedOutliers } from "../matching-law.js";
import { modelRun, reportParams, type ModelOptions } from "../model-params.js";
import { addModelFlags } from "./simulate.js";

interface CompareCliOptions extends ModelOptions {
  plot?: string;
  report?: string;
  html?: string;
  spec?: string;
  bins?: string;
  points?: string;
  outsideMargin?: string;
  law?: string;
  finiteD?: boolean;
}

/** Exact closed forms when the law has them, else the tabulated density (the one that is plotted). */
async function distributionOf(mu: Measure, t: TabulatedLaw): Promise<LawDistribution> {
  const { lawDistribution } = await import("../../compare/index.js");
  return lawDistribution(mu, { grid: t.x, density: t.density });
}

const fmt = (v: number): string => Number(v.toPrecision(3)).toString();

/** `limspec compare <model>`: simulate, compute the matching law, report distances (and plot). */
export function compareCommand(program: Command, io: CliIo): void {
  const cmd = program
    .command("compare")
    .description("simulate a model, compute its limiting law, and report KS, Wasserstein-1 and L1 distances and off-support eigenvalues")
    .argument("<model>", "ntkHadamard, ntkFull, hadamardGram, conjugateKernel, kernelMatrix, wishart, sampleCovariance, wigner, freeSum, freeProduct");
  addModelFlags(cmd)
    .option("--plot <FILE>", "figure of the density over the eigenvalue histogram, .png or .svg")
    .option("--spec <FILE>", "save the figure's Vega-Lite spec")
    .option("--html <FILE>", "HTML report with the interactive chart and the tables")
    .option("--report <FILE>", "write the JSON report to FILE instead of stdout")
    .option("--law <expression>", "compare with this law instead of the model's limiting law (to test your own theory)")
    .option("--finite-d", "ntkHadamard, hadamardGram: use the finite-size law (row-norm correction) instead of the limit")
    .option("--bins <N>", "histogram bins for the L1 distance and the plot")
    .option("--points <N>", "points of the law's density grid", "2001")
    .option("--outside-margin <f>", "eigenvalues farther than f × (support width) from the support count as outside", "0.02")
    .addHelpText(
      "after",
      `
The JSON report has the model, params, seed, backend, the law expression, distances {ks, wasserstein1,
l1}, the support, atoms with empirical masses, eigenvalues outside the support (count, fraction,
values), and times per phase in seconds. A one-line summary goes to stderr.

Examples:
  $ limspec compare ntkHadamard --n 2000 --d 40 --p 80 --activation relu --a rademacher --seed 1 --plot ntk.png
  $ limspec compare ntkHadamard --n 2000 --d 40 --p 80 --activation tanh --a rademacher --finite-d --plot ntk-tanh.png
  $ limspec compare wishart --n 1000 --N 2000 --param "population=atoms([1,4],[0.5,0.5])" --report wishart.json
  $ limspec compare wigner --n 1500 --trials 2 --html wigner.html
  $ limspec compare wishart --n 1000 --N 2000 --param "population=atoms([1,4],[0.5,0.5])" --law "mpMapSilverstein(0.5, atoms([1,4],[0.5,0.5]))"`,
    )
    .action(async (model: string, o: CompareCliOptions) => {
      checkImagePath("--plot", o.plot);
      const started = performance.now();
      const run = modelRun(o);
      const points = parsePositiveInteger("--points", o.points, 2001);
      const bins = o.bins === undefined ? undefined : parsePositiveInteger("--bins", o.bins, 1);
      const margin = Number(o.outsideMargin ?? "0.02");
      if (!(margin >= 0)) throw new UsageError(`--outside-margin must be ≥ 0, got ${JSON.stringify(o.outsideMargin)}`);
      const times: Record<string, number> = {};
      const phase = async <T>(name: string, f: () => T | Promise<T>): Promise<T> => {
        const t0 = performance.now();
        const r = await f();
        times[name] = (performance.now() - t0) / 1000;
        return r;
      };

      if (o.finiteD && model !== "ntkHadamard" && model !== "hadamardGram") throw new UsageError(`--finite-d applies to ntkHadamard and hadamardGram, got ${model}`);
      if (o.finiteD && o.law !== undefined) throw new UsageError("--finite-d and --law exclude each other");
      const law = o.law !== undefined ? { expression: o.law, regime: "given by --law" } : matchingLaw(model, run, { finiteD: o.finiteD === true });
      const mu = await phase("law", () => parseLaw(law.expression));
      const [{ compareSpectrum }, { densityFigureSpec }, { simulate, stderrProgress }, { writeFigure }, { tabulate }] = await Promise.all([
        import("../../compare/index.js"),
        import("../../plot/index.js"),
        import("../../sim/index.js"),
        import("../figure-output.js"),
        import("../law-density.js"),
      ]);
      const sim = await phase("simulate", () =>
        simulate(model, run.params as never, { trials: run.trials, seed: run.seed, backend: run.backend as BackendChoice, route: run.route, onProgress: stderrProgress() }),
      );
      const table = await phase("density", () => tabulate(mu, undefined, points));
      const c = await phase("distances", async () => compareSpectrum(sim.eigenvalues, await distributionOf(mu, table), { bins, outsideMargin: margin }));

      const outliers = await phase("outliers", () => predictedOutliers(model, run));
      // Distances of the bulk alone: the eigenvalues counted outside the support removed.
      let bulk: { ks: number; wasserstein1: number; l1: number; removed: number } | null = null;
      if (c.outside.count > 0 && c.outside.count < c.n) {
        const off = new Set(c.outside.values);
        const kept = sim.eigenvalues.filter((v) => !off.has(v));
        if (kept.length === c.n - c.outside.count) {
          const b = compareSpectrum(kept, await distributionOf(mu, table), { bins, outsideMargin: margin });
          bulk = { ks: b.ks.statistic, wasserstein1: b.wasserstein1, l1: b.l1, removed: c.outside.count };
        }
      }
      const predicted = outliers ? outliers.count * run.trials : null;
      // Outliers proper: the eigenvalues above the gap threshold, when the theory gives one.
      const cut = outliers?.cut ?? null;
      const aboveCut = cut === null ? null : sim.eigenvalues.filter((v) => v > cut).length;
      const summary =
        `KS ${fmt(c.ks.statistic)} · W1 ${fmt(c.wasserstein1)} · L1 ${fmt(c.l1)} · outside ${c.outside.count}/${c.n}` +
        (predicted === null ? "" : aboveCut === null ? ` (predicted ${predicted})` : ` · above the gap ${aboveCut} (predicted ${predicted})`);
      const paramsText = Object.entries(reportParams(run))
        .map(([k, v]) => `${k} = ${typeof v === "string" ? v : JSON.stringify(v)}`)
        .join(", ");
      if (o.plot || o.html || o.spec) {
        await phase("plot", async () => {
          const spec = densityFigureSpec([{ label: law.expression, x: table.x, density: table.density, atoms: table.atoms, support: table.support }], { values: sim.eigenvalues, bins }, {
            title: `${model}: ${paramsText}`,
            subtitle: [`seed ${run.seed}, ${run.trials} trial${run.trials > 1 ? "s" : ""}, backend ${sim.backend} (${sim.precision})`, summary],
            interactive: o.html !== undefined,
          });
          await writeFigure(io, spec, { image: o.plot, spec: o.spec, html: o.html }, {
            title: `limspec compare ${model}`,
            sections: [
              { heading: "Distances", rows: [["Kolmogorov–Smirnov", c.ks.statistic], ["Wasserstein-1", c.wasserstein1], ["L1 (histogram vs density)", c.l1], ["histogram bins", c.bins]] },
              { heading: "Outside the support", rows: [["count", c.outside.count], ["predicted outliers", predicted ?? "no prediction"], ["above the gap threshold", cut === null ? "no threshold" : `${aboveCut} above ${fmt(cut)}`], ["fraction", c.outside.fraction], ["below / above", `${c.outside.below} / ${c.outside.above}`], ["margin", c.outside.margin]] },
              { heading: "Model", rows: [["model", model], ...Object.entries(reportParams(run)).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)] as [string, string]), ["seed", run.seed], ["trials", run.trials], ["backend", `${sim.backend} (${sim.precision})`], ["law", law.expression], ["regime", law.regime]] },
              { heading: "Times (s)", rows: Object.entries(times).map(([k, v]) => [k, v.toFixed(3)] as [string, string]) },
            ],
          }, false);
        });
      }
      times.total = (performance.now() - started) / 1000;
      const report = {
        model,
        params: reportParams(run),
        seed: run.seed,
        trials: run.trials,
        backend: sim.backend,
        precision: sim.precision,
        n: sim.n,
        eigenvalueCount: c.n,
        law: law.expression,
        regime: law.regime,
        distances: { ks: c.ks.statistic, ksAt: c.ks.at, wasserstein1: c.wasserstein1, l1: c.l1, bins: c.bins },
        support: table.support,
        atoms: c.atoms,
        outside: { count: c.outside.count, fraction: c.outside.fraction, below: c.outside.below, above: c.outside.above, margin: c.outside.margin, values: c.outside.values.slice(0, 50) },
        predictedOutliers: outliers === null ? null : { ...outliers, total: predicted, aboveCut },
        distancesWithoutOutside: bulk,
        timesSeconds: { ...Object.fromEntries(Object.entries(sim.times).map(([k, v]) => [`simulate.${k}`, v / 1000])), ...times },
        files: { plot: o.plot ?? null, html: o.html ?? null, spec: o.spec ?? null },
      };
      writeData(io, toJson(report), o.report);
      io.stderr(`${model} vs ${law.expression}: ${summary}\n`);
    });
}
