import { writeFileSync } from "node:fs";
import type { TopLevelSpec } from "vega-lite";
import { htmlReport, renderSvg, svgToPng, type ReportSection } from "../plot/index.js";
import { UsageError, type CliIo } from "./io.js";

/** Where a figure goes: an image (`.svg`/`.png`), its Vega-Lite spec, an HTML report. */
export interface FigureTargets {
  /** FILE.svg or FILE.png */
  readonly image?: string;
  readonly spec?: string;
  readonly html?: string;
  /** PNG pixel density (default 2). */
  readonly scale?: number;
}

/** Checks the image extension before any work is done. */
export function checkImagePath(option: string, file: string | undefined): void {
  if (file !== undefined && !/\.(svg|png)$/i.test(file)) throw new UsageError(`${option} must name a .svg or .png file, got ${JSON.stringify(file)}`);
}

/** Writes the requested renderings; with no target at all, the SVG goes to stdout. Returns the files written. */
export async function writeFigure(io: CliIo, spec: TopLevelSpec, targets: FigureTargets, report: { title: string; sections?: ReportSection[] }, svgToStdoutIfNone = true): Promise<string[]> {
  const written: string[] = [];
  if (targets.spec) {
    writeFileSync(targets.spec, JSON.stringify(spec, null, 2) + "\n");
    written.push(targets.spec);
  }
  if (targets.html) {
    writeFileSync(targets.html, htmlReport(spec, report));
    written.push(targets.html);
  }
  if (targets.image || (svgToStdoutIfNone && !targets.spec && !targets.html)) {
    const svg = await renderSvg(spec);
    if (!targets.image) io.stdout(svg + "\n");
    else if (/\.png$/i.test(targets.image)) writeFileSync(targets.image, svgToPng(svg, { scale: targets.scale }));
    else writeFileSync(targets.image, svg + "\n");
    if (targets.image) written.push(targets.image);
  }
  return written;
}
