import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodePng } from "../plot/png.js";
import { runCli } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "limspec-cli-plot-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("limspec plot", () => {
  it("draws several laws and an eigenvalue file to PNG, spec and HTML", async () => {
    const eig = join(dir, "eig.txt");
    writeFileSync(eig, "eigenvalue\n" + Array.from({ length: 400 }, (_, i) => 0.2 + (2.5 * (i + 0.5)) / 400).join("\n") + "\n");
    const png = join(dir, "f.png");
    const spec = join(dir, "f.vl.json");
    const html = join(dir, "f.html");
    const r = await runCli("plot", "mp(0.5)", "mp(2)", "--eigenvalues", eig, "--out", png, "--spec", spec, "--html", html, "--points", "201", "--title", "two laws");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("wrote");
    const image = decodePng(readFileSync(png));
    expect(image.width).toBeGreaterThan(1200);
    const vl = JSON.parse(readFileSync(spec, "utf8"));
    expect(vl.title.text).toBe("two laws");
    expect(vl.layer.length).toBeGreaterThanOrEqual(5);
    expect(readFileSync(html, "utf8")).toContain("<title>two laws</title>");
  });

  it("writes SVG to stdout without targets and rejects other extensions", async () => {
    const r = await runCli("plot", "semicircle(1)", "--points", "101");
    expect(r.stdout.startsWith("<svg")).toBe(true);
    expect(r.stdout).toContain(">semicircle(1)<");
    expect((await runCli("plot", "mp(0.5)", "--out", "x.jpg")).stderr).toBe('limspec: --out must name a .svg or .png file, got "x.jpg"\n');
  });
});

describe("limspec compare", () => {
  it("reports distances, outside counts, times and parameters, and plots", async () => {
    const svg = join(dir, "c.svg");
    const report = join(dir, "c.json");
    const r = await runCli("compare", "wishart", "--n", "300", "--N", "600", "--seed", "2", "--backend", "cpu", "--plot", svg, "--report", report);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^wishart vs mp\(0.5\): KS [\d.e-]+ · W1 [\d.e-]+ · L1 [\d.e-]+ · outside \d+\/300 \(predicted 0\)\n$/);
    const out = JSON.parse(readFileSync(report, "utf8"));
    expect(out).toMatchObject({ model: "wishart", params: { n: 300, N: 600 }, seed: 2, backend: "cpu", law: "mp(0.5)", eigenvalueCount: 300 });
    expect(out.distances.ks).toBeLessThan(0.06);
    expect(out.distances.ks).toBeGreaterThan(0);
    expect(out.distances.wasserstein1).toBeLessThan(0.05);
    expect(out.distances.l1).toBeLessThan(0.4);
    expect(out.outside.count).toBeLessThanOrEqual(3);
    expect(out.predictedOutliers.count).toBe(0);
    for (const k of ["law", "simulate", "density", "distances", "outliers", "plot", "total"]) expect(out.timesSeconds[k]).toBeGreaterThanOrEqual(0);
    const picture = readFileSync(svg, "utf8");
    expect(picture).toContain("simulation (n = 300)");
    expect(picture).toContain("KS ");
  });

  it("sees a wrong law: the other MP-map convention gives a large KS", async () => {
    const args = ["compare", "wishart", "--n", "200", "--N", "400", "--param", "population=atoms([1,4],[0.5,0.5])", "--seed", "1", "--backend", "cpu"];
    const right = JSON.parse((await runCli(...args)).stdout);
    expect(right.law).toBe("mpMap(0.5, atoms([1,4],[0.5,0.5]))");
    expect(right.distances.ks).toBeLessThan(0.08);
    const wrong = JSON.parse((await runCli(...args, "--law", "mpMapSilverstein(0.5, atoms([1,4],[0.5,0.5]))")).stdout);
    expect(wrong.regime).toBe("given by --law");
    expect(wrong.distances.ks).toBeGreaterThan(3 * right.distances.ks);
    expect((await runCli("compare", "nosuch", "--n", "10")).stderr).toMatch(/^limspec: compare has no limiting law wired for model "nosuch"/);
    expect((await runCli("compare", "kernelMatrix", "--n", "10", "--d", "5")).stderr).toBe('limspec: compare kernelMatrix needs --param f=<kernel>, e.g. f="tanh"\n');
  });

  it("wires the NTK law and its outlier prediction, and reports the bulk without the outliers", async () => {
    const r = await runCli("compare", "ntkHadamard", "--n", "600", "--d", "12", "--p", "24", "--activation", "tanh", "--a", "rademacher", "--seed", "3", "--backend", "cpu", "--points", "801");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.law).toBe('ntkQuadratic({nOverDp: 2.0833333333333335, pOverD: 2, activation: "tanh", a: "rademacher"})');
    expect(out.predictedOutliers.source).toMatch(/ntkQuadraticOutliers/);
    expect(out.predictedOutliers.count).toBe(12);
    // exactly the d = 12 outliers of the m0 group lie above the gap threshold
    expect(out.predictedOutliers.aboveCut).toBe(12);
    expect(out.outside.count).toBeGreaterThan(0);
    expect(out.distancesWithoutOutside.removed).toBe(out.outside.count);
    // The outliers sit far above the bulk, so removing them shrinks W1 a lot.
    expect(out.distancesWithoutOutside.wasserstein1).toBeLessThan(0.5 * out.distances.wasserstein1);
    expect((await runCli("compare", "ntkHadamard", "--n", "60", "--d", "4", "--p", "4", "--a", "rademacher")).stderr).toBe("limspec: compare ntkHadamard needs --activation (e.g. relu)\n");
  });

  it("--finite-d compares with the finite-d law: for tanh the bulk then stays inside its support", async () => {
    const args = ["compare", "ntkHadamard", "--n", "500", "--d", "20", "--p", "40", "--activation", "tanh", "--a", "rademacher", "--seed", "2", "--points", "801"];
    const limit = JSON.parse((await runCli(...args)).stdout);
    const finite = JSON.parse((await runCli(...args, "--finite-d")).stdout);
    expect(finite.law).toBe('ntkQuadratic({nOverDp: 0.625, pOverD: 2, activation: "tanh", a: "rademacher", d: 20})');
    // measured: KS 0.108 → 0.059; outside 33 → 20 (= the predicted outliers)
    expect(finite.distances.ks).toBeLessThan(0.75 * limit.distances.ks);
    expect(limit.outside.count).toBeGreaterThan(25);
    expect(finite.outside.count).toBe(finite.predictedOutliers.count);
    expect((await runCli("compare", "wigner", "--n", "50", "--finite-d")).stderr).toBe("limspec: --finite-d applies to ntkHadamard and hadamardGram, got wigner\n");
  });

  it("--activation takes σ as an expression in x (σ = x³ → custom(sigma: x^3))", async () => {
    const r = await runCli("compare", "ntkHadamard", "--n", "200", "--d", "20", "--p", "20", "--activation", "x^3", "--a", "rademacher", "--seed", "1", "--points", "401");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).law).toBe('ntkQuadratic({nOverDp: 0.5, pOverD: 1, activation: "custom(sigma: x^3)", a: "rademacher"})');
  });

  it("tabulates a hard edge (x^(−1/2) density at 0: σ = x², γ₁ = 1/2, half the population at 0)", async () => {
    const r = await runCli("compare", "ntkHadamard", "--n", "288", "--d", "24", "--p", "24", "--activation", "quadratic", "--a", "rademacher", "--seed", "1", "--points", "801");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).distances.ks).toBeLessThan(0.08);
  });

  it("maps the conjugate-kernel widths onto its law", async () => {
    const r = await runCli("compare", "conjugateKernel", "--n", "400", "--d", "200", "--param", "widths=[300]", "--activation", "tanh", "--seed", "1", "--backend", "cpu", "--points", "801");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.law).toBe('conjugateKernel({nOverD: 2, widthOverD: [1.5], activation: "tanh"})');
    expect(out.predictedOutliers).toBeNull();
    expect(out.distances.ks).toBeLessThan(0.05);
  });
});
