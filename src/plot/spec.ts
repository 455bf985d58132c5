import type { TopLevelSpec } from "vega-lite";
import { figureData, type EigenvalueSample, type LawCurve } from "./figure-data.js";
import { FONT_FAMILY } from "./font.js";

/** Options of {@link densityFigureSpec}. */
export interface FigureOptions {
  /** Title, e.g. the model and its parameters. */
  readonly title?: string;
  /** Subtitle lines (parameters, seed, distances). */
  readonly subtitle?: string | readonly string[];
  /** Plot area in pixels (default 640 × 360). */
  readonly width?: number;
  readonly height?: number;
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** Eigenvalues within this distance of a drawn atom count as lying on it. */
  readonly atomTolerance?: number;
  /** Adds pan/zoom on the x and y scales (for the HTML report; default false). */
  readonly interactive?: boolean;
}

/** Colours of the series, in order: laws first, then the histogram (colour-blind-safe Okabe–Ito). */
export const SERIES_COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999"];

/**
 * A Vega-Lite spec of limiting densities over an eigenvalue histogram: one line per law, atoms as
 * spikes labelled with their mass, dashed rules at the support edges, histogram bars normalised
 * as a density, a legend, axis labels and a title. Data are inlined, so the spec can be saved and
 * restyled in any Vega-Lite editor.
 *
 * @example densityFigureSpec([{ label: "mp(0.5)", x, density, support: [[a, b]] }], { values: eigenvalues }, { title: "MP" })
 */
export function densityFigureSpec(curves: readonly LawCurve[], sample?: EigenvalueSample, options: FigureOptions = {}): TopLevelSpec {
  if (curves.length === 0 && !sample) throw new RangeError("densityFigureSpec needs at least one law curve or an eigenvalue sample, got neither");
  const data = figureData(curves, sample, options.atomTolerance);
  const subtitle = typeof options.subtitle === "string" ? [options.subtitle] : [...(options.subtitle ?? [])];
  const { below, above } = data.offPlot;
  if (below + above > 0) subtitle.push(`${below + above} eigenvalue${below + above > 1 ? "s" : ""} beyond the x range not drawn (${below} below, ${above} above)`);
  const color = {
    field: "series",
    type: "nominal" as const,
    title: null,
    scale: { domain: data.seriesOrder, range: SERIES_COLORS.slice(0, Math.max(1, data.seriesOrder.length)) },
    legend: { orient: "bottom" as const, direction: "vertical" as const, labelLimit: 900, symbolType: "stroke", symbolStrokeWidth: 3, symbolOpacity: 1 },
  };
  const x = { scale: { domain: data.xDomain, nice: false, zero: false }, title: options.xLabel ?? "eigenvalue x" };
  const y = { scale: { domain: [0, data.yMax], nice: false }, title: options.yLabel ?? "density" };
  const layers: unknown[] = [];
  if (data.bars.length > 0) {
    layers.push({
      data: { name: "histogram", values: data.bars },
      mark: { type: "rect", opacity: 0.45, clip: true },
      encoding: {
        x: { field: "x0", type: "quantitative", ...x },
        x2: { field: "x1" },
        y: { field: "height", type: "quantitative", ...y },
        y2: { datum: 0 },
        color,
        tooltip: [
          { field: "x0", type: "quantitative", title: "from", format: ".4g" },
          { field: "x1", type: "quantitative", title: "to", format: ".4g" },
          { field: "count", type: "quantitative", title: "eigenvalues" },
          { field: "height", type: "quantitative", title: "density", format: ".4g" },
        ],
      },
    });
  }
  if (data.curves.length > 0) {
    layers.push({
      data: { name: "density", values: data.curves },
      mark: { type: "line", strokeWidth: 2, clip: true },
      encoding: {
        x: { field: "x", type: "quantitative", ...x },
        y: { field: "density", type: "quantitative", ...y },
        color,
        tooltip: [
          { field: "series", title: "law" },
          { field: "x", type: "quantitative", format: ".5g" },
          { field: "density", type: "quantitative", format: ".5g" },
        ],
      },
      ...(options.interactive ? { params: [{ name: "zoom", select: "interval", bind: "scales" }] } : {}),
    });
  }
  if (data.edges.length > 0) {
    layers.push({
      data: { name: "edges", values: data.edges },
      mark: { type: "rule", strokeDash: [5, 4], strokeWidth: 1.2, opacity: 0.8, clip: true },
      encoding: {
        x: { field: "x", type: "quantitative", ...x },
        color,
        tooltip: [
          { field: "series", title: "law" },
          { field: "edge", title: "support" },
          { field: "x", type: "quantitative", format: ".8g" },
        ],
      },
    });
  }
  if (data.atoms.length > 0) {
    const atomData = { name: "atoms", values: data.atoms };
    const atomTooltip = [
      { field: "series", title: "law" },
      { field: "x", type: "quantitative", title: "atom at", format: ".6g" },
      { field: "mass", type: "quantitative", format: ".6g" },
    ];
    layers.push(
      {
        data: atomData,
        mark: { type: "rule", strokeWidth: 3, clip: true },
        encoding: { x: { field: "x", type: "quantitative", ...x }, y: { field: "top", type: "quantitative", ...y }, y2: { datum: 0 }, color, tooltip: atomTooltip },
      },
      {
        data: atomData,
        mark: { type: "point", shape: "diamond", filled: true, size: 90, opacity: 1, clip: true },
        encoding: { x: { field: "x", type: "quantitative", ...x }, y: { field: "top", type: "quantitative", ...y }, color, tooltip: atomTooltip },
      },
      ...(["right", "left"] as const).flatMap((side) => {
        // Labels written rightwards of their spike, or leftwards near the right edge; a white halo under each.
        const text = { type: "text", align: side === "right" ? "left" : "right", dx: side === "right" ? 7 : -7, dy: -8, fontSize: 12, clip: true };
        const position = { x: { field: "x", type: "quantitative", ...x }, y: { field: "top", type: "quantitative", ...y }, text: { field: "label" } };
        const only = [{ filter: `datum.side === '${side}'` }];
        return [
          { data: atomData, transform: only, mark: { ...text, stroke: "white", strokeWidth: 4, strokeJoin: "round", fill: "white" }, encoding: position },
          { data: atomData, transform: only, mark: text, encoding: { ...position, color } },
        ];
      }),
    );
  }
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: options.title ?? "", subtitle: subtitle.length ? subtitle : undefined, anchor: "start", fontSize: 15, subtitleFontSize: 12 },
    width: options.width ?? 640,
    height: options.height ?? 360,
    background: "white",
    padding: 8,
    config: { font: FONT_FAMILY, axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridOpacity: 0.35 }, legend: { labelFontSize: 12 }, view: { stroke: "#bbb" } },
    resolve: { scale: { color: "shared" } },
    layer: layers,
  };
  return spec as TopLevelSpec;
}
