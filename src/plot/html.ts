import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { toVegaSpec } from "./render.js";

/** A titled table of the report (e.g. distances, parameters, timings). */
export interface ReportSection {
  readonly heading: string;
  readonly rows: readonly (readonly [string, string | number])[];
}

/** Options of {@link htmlReport}. */
export interface HtmlReportOptions {
  /** Page title (default: "limspec report"). */
  readonly title?: string;
  /** Tables shown under the chart. */
  readonly sections?: readonly ReportSection[];
}

let vegaRuntime: string | undefined;

/** The Vega runtime (UMD build from node_modules), read once; inlined so the page works offline. */
function vegaRuntimeSource(): string {
  if (vegaRuntime === undefined) {
    const require = createRequire(import.meta.url);
    // vega's "exports" map hides its build folder; locate the package through its main entry.
    const entry = require.resolve("vega");
    vegaRuntime = readFileSync(join(dirname(entry), "vega.min.js"), "utf8");
  }
  return vegaRuntime;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

/**
 * A self-contained HTML page with the interactive chart (Vega runtime inlined, SVG renderer,
 * tooltips, pan/zoom if the spec has them) and report tables. Works offline. When the chart has
 * rendered, `<body data-chart="rendered" data-marks="N">` records it; on failure
 * `data-chart="error"` and the message is shown.
 *
 * @example writeFileSync("report.html", htmlReport(spec, { title: "mp(0.5)" }))
 */
export function htmlReport(spec: TopLevelSpec, options: HtmlReportOptions = {}): string {
  const title = options.title ?? "limspec report";
  const vegaSpec = toVegaSpec(spec);
  const tables = (options.sections ?? [])
    .map(
      (s) =>
        `<h2>${escapeHtml(s.heading)}</h2>\n<table>\n` +
        s.rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(String(v))}</td></tr>`).join("\n") +
        "\n</table>",
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 24px; color: #222; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin-top: 24px; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; }
th { background: #f4f4f4; font-weight: normal; }
#error { color: #b00; white-space: pre-wrap; }
</style>
<script>${vegaRuntimeSource().replace(/<\/script/gi, "<\\/script")}</script>
</head>
<body data-chart="pending">
<h1>${escapeHtml(title)}</h1>
<div id="chart"></div>
<div id="error"></div>
${tables}
<script type="application/json" id="vega-lite-spec">${scriptJson(spec)}</script>
<script>
(function () {
  var spec = ${scriptJson(vegaSpec)};
  var view = new vega.View(vega.parse(spec), { renderer: "svg", container: "#chart", hover: true });
  view.runAsync().then(function () {
    var marks = document.querySelectorAll("#chart svg [role=graphics-symbol], #chart svg path.line, #chart svg .mark-rect path").length;
    document.body.setAttribute("data-marks", String(marks));
    document.body.setAttribute("data-chart", "rendered");
  }).catch(function (e) {
    document.getElementById("error").textContent = "chart failed: " + (e && e.message ? e.message : e);
    document.body.setAttribute("data-chart", "error");
  });
})();
</script>
</body>
</html>
`;
}
