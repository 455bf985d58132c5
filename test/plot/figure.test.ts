import { describe, expect, it } from "vitest";
import { densityFigureSpec, figureData, renderSvg, svgToPng } from "../../src/plot/index.js";
import { decodePng } from "./png.js";
import { mpCurve, mpSample } from "./fixtures.js";

describe("figure data", () => {
  it("normalises the histogram by all eigenvalues and leaves atom eigenvalues to the atom label", () => {
    const sample = [...mpSample(0.5, 1000), ...new Array(1000).fill(1e-13)];
    const data = figureData([mpCurve(2)], { values: sample, bins: 40 });
    const area = data.bars.reduce((s, b) => s + b.height * (b.x1 - b.x0), 0);
    expect(Math.abs(area - 0.5)).toBeLessThan(1e-12);
    expect(data.bars.reduce((s, b) => s + b.count, 0)).toBe(1000);
    expect(data.atoms).toHaveLength(1);
    expect(data.atoms[0].label).toBe("mass 0.5 (sim 0.5)");
    expect(data.seriesOrder).toEqual(["mp(2)", "simulation (n = 2000)"]);
  });

  it("counts far outliers off the plot and caps a diverging density", () => {
    const curve = mpCurve(1); // density ~ x^{-1/2} at the hard edge 0
    const data = figureData([curve], { values: [...mpSample(0.5, 500), 40] });
    expect(data.offPlot).toEqual({ below: 0, above: 1 });
    expect(data.xDomain[1]).toBeLessThan(5);
    expect(curve.density[0]).toBe(Infinity);
    expect(data.curves).toHaveLength(curve.x.length - 1);
    expect(data.yMax).toBeLessThan(Math.max(...Array.from(curve.density).filter(Number.isFinite)));
  });

  it("draws no line for a purely atomic law and keeps right-hand atom labels inside the plot", () => {
    const data = figureData([{ label: "atoms", x: [0.5, 1, 4, 4.5], density: [0, 0, 0, 0], atoms: [{ x: 1, mass: 0.25 }, { x: 4, mass: 0.75 }] }]);
    expect(data.curves).toHaveLength(0);
    expect(data.atoms.map((a) => [a.label, a.side])).toEqual([["mass 0.25", "right"], ["mass 0.75", "left"]]);
    expect(data.atoms[1].top).toBeGreaterThan(data.atoms[0].top);
    expect(data.yMax).toBe(1);
  });

  it("rejects mismatched or non-finite input", () => {
    expect(() => figureData([{ label: "a", x: [0, 1], density: [1] }])).toThrow(RangeError);
    expect(() => figureData([{ label: "a", x: [0, 1], density: [1, NaN] }])).toThrow(/density\[1\]/);
    expect(() => figureData([{ label: "a", x: [0, 1], density: [1, -1] }])).toThrow(/density\[1\] must be ≥ 0/);
    expect(() => densityFigureSpec([])).toThrow(/at least one/);
  });
});

describe("SVG and PNG", async () => {
  const spec = densityFigureSpec([mpCurve(0.5), mpCurve(2)], { values: mpSample(0.5, 800), bins: 30 }, { title: "MP laws γ = 0.5, 2", subtitle: "seed 1" });
  const svg = await renderSvg(spec);

  it("draws density lines, histogram bars, atom spikes with labels, edges, legend and title", () => {
    expect(svg.startsWith("<svg")).toBe(true);
    const lineMarks = svg.split('class="mark-line role-mark').slice(1);
    expect(lineMarks.length).toBe(2); // one line per law
    for (const mark of lineMarks) expect(mark.slice(0, mark.indexOf("</g>"))).toMatch(/<path [^>]*d="M[^"]{200,}"/);
    const rectGroup = svg.slice(svg.indexOf('class="mark-rect role-mark'));
    expect((rectGroup.slice(0, rectGroup.indexOf("</g>")).match(/<path /g) ?? []).length).toBe(30);
    expect(svg).toContain("mass 0.5 (sim 0)");
    expect((svg.match(/class="mark-rule role-mark/g) ?? []).length).toBe(2); // support edges + atom spikes
    for (const text of ["mp(0.5)", "mp(2)", "simulation (n = 800)", "MP laws γ = 0.5, 2", "seed 1", "eigenvalue x", "density"]) expect(svg).toContain(`>${text}<`);
    expect(svg).toContain('font-family="DejaVu Sans"');
  });

  it("rasterises to a PNG of twice the SVG size that decodes", () => {
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const height = Number(/height="(\d+)"/.exec(svg)![1]);
    const png = decodePng(svgToPng(svg));
    expect(png.width).toBe(2 * width);
    expect(png.height).toBe(2 * height);
    expect(png.rawLength).toBe(png.height * (1 + png.width * 4)); // RGBA, one filter byte per row
    expect(decodePng(svgToPng(svg, { scale: 1 })).width).toBe(width);
  });

  it("is byte-identical when rendered twice", () => {
    expect(Buffer.from(svgToPng(svg, { scale: 1 })).equals(Buffer.from(svgToPng(svg, { scale: 1 })))).toBe(true);
  });
});
