import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { bundledFontFiles } from "../../src/plot/index.js";
import { loadFontMetrics } from "../../src/plot/font-metrics.js";

describe("bundled font metrics", () => {
  const [regularFile, boldFile] = bundledFontFiles();
  const regular = loadFontMetrics(regularFile);
  const bold = loadFontMetrics(boldFile);

  it("agree with the width resvg draws (ink box within 3% of the advance sum)", () => {
    for (const [text, metrics, weight] of [
      ["Marchenko–Pastur γ = 0.5, ν = ½δ₁ + ½δ₄", regular, "normal"],
      ["ntkQuadratic({nOverDp: 0.625})", bold, "bold"],
    ] as const) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text x="10" y="60" font-family="DejaVu Sans" font-weight="${weight}" font-size="40">${text}</text></svg>`;
      const resvg = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [regularFile, boldFile], defaultFontFamily: "DejaVu Sans" } });
      const box = resvg.getBBox()!;
      const width = metrics.width(text, 40);
      expect(Math.abs(box.width - width) / width).toBeLessThan(0.03);
    }
  });

  it("scale with the font size and tell narrow from wide glyphs", () => {
    expect(regular.width("mp(0.5)", 24)).toBeCloseTo(2 * regular.width("mp(0.5)", 12), 10);
    expect(regular.width("iiii", 12)).toBeLessThan(0.5 * regular.width("MMMM", 12));
    expect(bold.width("density", 12)).toBeGreaterThan(regular.width("density", 12));
    expect(regular.width("", 12)).toBe(0);
  });
});
