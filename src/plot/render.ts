import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { Resvg } from "@resvg/resvg-js";
import { bundledFontFiles, FONT_FAMILY } from "./font.js";

/** Compiles a Vega-Lite spec to a Vega spec (what the HTML report and the renderers run). */
export function toVegaSpec(spec: TopLevelSpec): vega.Spec {
  return compile(spec).spec;
}

/**
 * Renders a Vega-Lite spec to an SVG string with Vega's headless renderer (no browser, no canvas;
 * text widths are Vega's estimates, so layout is identical everywhere).
 *
 * @example await renderSvg(densityFigureSpec(curves, sample))
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
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
