/** Density-over-histogram figures: Vega-Lite spec, SVG, PNG (bundled font) and an offline HTML report. */
export { densityFigureSpec, SERIES_COLORS, type FigureOptions } from "./spec.js";
export { figureData, type FigureData, type LawCurve, type EigenvalueSample } from "./figure-data.js";
export { renderSvg, renderPng, svgToPng, toVegaSpec, type PngOptions } from "./render.js";
export { htmlReport, type HtmlReportOptions, type ReportSection } from "./html.js";
export { FONT_FAMILY, bundledFontFiles } from "./font.js";
