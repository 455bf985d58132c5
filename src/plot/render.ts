import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { Resvg } from "@resvg/resvg-js";
import { bundledFontFiles, FONT_FAMILY } from "./font.js";
import { loadFontMetrics, type FontMetrics } from "./font-metrics.js";

interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

let measured = false;

/**
 * Makes Vega lay text out with the bundled font's real advance widths (instead of its
 * 0.8 em-per-character estimate when no canvas exists), so titles and legends are sized for the
 * glyphs resvg will draw. Vega's `textMetrics` is global: this applies to every view in the process.
 */
function useBundledFontMetrics(): void {
  if (measured) return;
  const [regularFile, boldFile] = bundledFontFiles();
  const regular: FontMetrics = loadFontMetrics(regularFile);
  const bold: FontMetrics = loadFontMetrics(boldFile);
  const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
  metrics.width = (item, text) => {
    const value = text == null ? "" : String(text).trim();
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    const weight = item.fontWeight;
    const isBold = weight === "bold" || weight === "bolder" || (typeof weight === "number" && weight >= 600) || (typeof weight === "string" && Number(weight) >= 600);
    return (isBold ? bold : regular).width(value, size);
  };
  measured = true;
}

/** Compiles a Vega-Lite spec to a Vega spec (what the HTML report and the renderers run). */
export function toVegaSpec(spec: TopLevelSpec): vega.Spec {
  return compile(spec).spec;
}

/**
 * Renders a Vega-Lite spec to an SVG string with Vega's headless renderer (no browser, no canvas;
 * text is measured with the bundled DejaVu Sans metrics, so layout is identical everywhere).
 *
 * @example await renderSvg(densityFigureSpec(curves, sample))
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  useBundledFontMetrics();
  const view = new vega.View(vega.parse(toVegaSpec(spec)), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Options of {@link svgToPng}. */
export interface PngOptions {
  /** Pixel density: the PNG is `scale ×` the SVG's size (default 2). */
  readonly scale?: number;
}

/**
 * Rasterises an SVG to PNG with resvg, using only the bundled DejaVu Sans font (system fonts are
 * not loaded), so the bytes do not depend on the machine.
 */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const scale = options.scale ?? 2;
  if (!(scale > 0 && scale <= 16)) throw new RangeError(`scale must lie in (0, 16], got ${scale}`);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: {
      loadSystemFonts: false,
      fontFiles: bundledFontFiles(),
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}

/** Renders a Vega-Lite spec to PNG bytes (SVG through Vega, then resvg). */
export async function renderPng(spec: TopLevelSpec, options: PngOptions = {}): Promise<Uint8Array> {
  return svgToPng(await renderSvg(spec), options);
}
