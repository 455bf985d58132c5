import type { Command } from "commander";
import { parsePositiveInteger } from "../grid.js";
import { parseFormat, toCsv, toJson, writeData, type CliIo } from "../io.js";
import { parseLaw } from "../law.js";

interface MomentsOptions {
  k?: string;
  format?: string;
  out?: string;
}

/** `limspec moments <law> [--k K]`: m₁ … m_K. */
export function momentsCommand(program: Command, io: CliIo): void {
  program
    .command("moments")
    .description("moments m_1 … m_K = ∫ x^k dμ of a law")
    .argument("<law>", 'law expression, e.g. "mp(0.5)"')
    .option("--k <K>", "highest moment", "4")
    .option("--format <json|csv>", "output format", "json")
    .option("--out <FILE>", "write to FILE instead of stdout")
    .addHelpText(
      "after",
      `
Output (JSON): {"law", "moments": [m_1, ..., m_K]}; CSV: rows k,moment.

Examples:
  $ limspec moments "mp(0.5)"
  $ limspec moments "freeMul(mp(1), mp(1))" --k 4
  $ limspec moments "mpMap(0.5, atoms([1,4],[0.5,0.5]))" --k 6 --format csv`,
    )
    .action(async (law: string, o: MomentsOptions) => {
      const format = parseFormat(o.format);
      const k = parsePositiveInteger("--k", o.k, 4);
      const mu = parseLaw(law);
      const { moments } = await import("../../spectrum/index.js");
      const m = moments(mu, k);
      if (format === "json") writeData(io, toJson({ law, moments: m }), o.out);
      else writeData(io, toCsv(["k", "moment"], m.map((v: number, i: number) => [i + 1, v]), [`law: ${law}`]), o.out);
    });
}
