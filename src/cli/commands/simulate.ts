import type { Command } from "commander";
import type { BackendChoice } from "../../sim/index.js";
import { parseFormat, toCsv, toJson, writeData, type CliIo } from "../io.js";
import { MODEL_FLAGS, modelRun, reportParams, type ModelOptions } from "../model-params.js";

interface SimulateCliOptions extends ModelOptions {
  format?: string;
  out?: string;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Adds the model flags shared by `simulate` and `compare`. */
export function addModelFlags(cmd: Command): Command {
  for (const [flags, description] of MODEL_FLAGS) cmd.option(flags, description);
  cmd.option("--param <key=value>", "any other model parameter, value as a law expression (repeatable), e.g. population=uniform(1,2)", collect);
  return cmd;
}

/** `limspec simulate <model>`: pooled eigenvalues of a random-matrix model. */
export function simulateCommand(program: Command, io: CliIo): void {
  const cmd = program
    .command("simulate")
    .description("eigenvalues of a random-matrix model (seeded, pooled over trials)")
    .argument("<model>", "ntkHadamard, ntkFull, hadamardGram, wishart, sampleCovariance, wigner, freeSum, freeProduct, conjugateKernel, kernelMatrix");
  addModelFlags(cmd)
    .option("--format <json|csv>", "output format", "json")
    .option("--out <FILE>", "write to FILE instead of stdout")
    .addHelpText(
      "after",
      `
Output (JSON): {"model", "params", "seed", "backend", "precision", "n", "trials", "times", "eigenvalues": [...]}
CSV: one eigenvalue per line under the header "eigenvalue". Progress goes to stderr.

Examples:
  $ limspec simulate ntkHadamard --n 2000 --d 40 --p 100 --activation relu --a rademacher --seed 1 --out eig.json
  $ limspec simulate wishart --n 500 --N 1000 --param "population=atoms([1,4],[0.5,0.5])" --format csv
  $ limspec simulate wigner --n 1000 --trials 4 --seed 7`,
    )
    .action(async (model: string, o: SimulateCliOptions) => {
      const format = parseFormat(o.format);
      const run = modelRun(o);
      const { simulate, stderrProgress } = await import("../../sim/index.js");
      const result = await simulate(model, run.params as never, {
        trials: run.trials,
        seed: run.seed,
        backend: run.backend as BackendChoice,
        route: run.route,
        onProgress: stderrProgress(),
      });
      if (format === "json") {
        const times = Object.fromEntries(Object.entries(result.times).map(([k, v]) => [k, v / 1000]));
        writeData(
          io,
          toJson({
            model: result.model,
            params: reportParams(run),
            seed: result.seed,
            backend: result.backend,
            precision: result.precision,
            n: result.n,
            trials: run.trials,
            timesSeconds: times,
            eigenvalues: result.eigenvalues,
          }),
          o.out,
        );
      } else {
        writeData(io, toCsv(["eigenvalue"], Array.from(result.eigenvalues, (v) => [v]), [`model: ${model} ${JSON.stringify(reportParams(run))} seed ${run.seed} backend ${result.backend}`]), o.out);
      }
    });
}
