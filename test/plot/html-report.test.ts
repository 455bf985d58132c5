import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { densityFigureSpec, htmlReport } from "../../src/plot/index.js";
import { findChromium, renderedDom } from "./browser.js";
import { mpCurve, mpSample } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "limspec-html-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = densityFigureSpec([mpCurve(0.5), mpCurve(2)], { values: mpSample(0.5, 600), bins: 25 }, { title: "MP <laws> & more", interactive: true });
const html = htmlReport(spec, { title: "MP <report>", sections: [{ heading: "Distances", rows: [["KS", 0.0123], ["note", "<b>raw</b>"]] }] });

describe("HTML report (static)", () => {
  it("is self-contained, escapes text and embeds both specs", () => {
    expect(html).not.toMatch(/<script[^>]+src=/); // no external scripts
    expect(html).not.toContain("https://cdn");
    expect(html).toContain("<title>MP &lt;report&gt;</title>");
    expect(html).toContain("<td>&lt;b&gt;raw&lt;/b&gt;</td>");
    const vl = /<script type="application\/json" id="vega-lite-spec">(.*?)<\/script>/s.exec(html);
    expect(JSON.parse(vl![1]).title.text).toBe("MP <laws> & more");
  });
});

// The browser check runs wherever chromium is installed (scripts/ci/install-chromium.sh);
// LIMSPEC_REQUIRE_BROWSER=1 turns a missing chromium into a failure (CI sets it).
const chromium = findChromium();
const required = process.env.LIMSPEC_REQUIRE_BROWSER === "1";

describe.skipIf(!chromium && !required)("HTML report in headless chromium", () => {
  it("renders the chart with its marks", () => {
    if (!chromium) throw new Error("chromium not found: run scripts/ci/install-chromium.sh or set LIMSPEC_CHROMIUM");
    const file = join(dir, "report.html");
    writeFileSync(file, html);
    const dom = renderedDom(chromium, file);
    const body = /<body([^>]*)>/.exec(dom)![1];
    expect(body).toContain('data-chart="rendered"');
    expect(Number(/data-marks="(\d+)"/.exec(body)![1])).toBeGreaterThanOrEqual(25);
    const chart = dom.slice(dom.indexOf('<div id="chart"'));
    expect(chart).toMatch(/<svg[^>]*class="marks"/);
    expect(chart.split('class="mark-line role-mark').length - 1).toBe(2);
    expect(chart).toContain("mass 0.5");
    expect(dom).toContain('<div id="error"></div>');
  });
});
