import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "limspec-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** MP(λ) density, closed form (Marchenko–Pastur 1967). */
const mpDensity = (lambda: number, x: number): number => {
  const a = (1 - Math.sqrt(lambda)) ** 2;
  const b = (1 + Math.sqrt(lambda)) ** 2;
  return x > a && x < b ? Math.sqrt((b - x) * (x - a)) / (2 * Math.PI * lambda * x) : 0;
};

describe("limspec density", () => {
  it("writes the documented JSON on a given grid", async () => {
    const r = await runCli("density", "mp(0.5)", "--grid", "0:3:31");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(["law", "x", "density", "atoms", "support", "maxResidual"]);
    expect(out.law).toBe("mp(0.5)");
    expect(out.x).toHaveLength(31);
    out.x.forEach((x: number, i: number) => expect(Math.abs(out.density[i] - mpDensity(0.5, x))).toBeLessThanOrEqual(1e-12 * Math.max(1, mpDensity(0.5, x))));
    expect(out.atoms).toEqual([]);
    expect(out.support).toHaveLength(1);
    expect(Math.abs(out.support[0][0] - (1 - Math.sqrt(0.5)) ** 2)).toBeLessThan(1e-12);
    expect(Math.abs(out.support[0][1] - (1 + Math.sqrt(0.5)) ** 2)).toBeLessThan(1e-12);
  });

  it("uses the automatic grid, reports atoms, and writes CSV to a file", async () => {
    const auto = JSON.parse((await runCli("density", "mp(2)", "--points", "101")).stdout);
    expect(auto.x.length).toBeGreaterThanOrEqual(50);
    expect(auto.atoms).toEqual([{ x: 0, mass: 0.5 }]);
    const file = join(dir, "d.csv");
    const r = await runCli("density", "mpMap(0.5, atoms([1,4],[0.5,0.5]))", "--grid", "0.5:6:12", "--format", "csv", "--out", file);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines[0]).toBe("# law: mpMap(0.5, atoms([1,4],[0.5,0.5]))");
    expect(lines[3]).toBe("x,density,residual");
    expect(lines).toHaveLength(4 + 12);
    expect(lines.slice(4).every((l) => l.split(",").length === 3 && Number(l.split(",")[1]) >= 0)).toBe(true);
  });

  it("errors: unknown function, bad grid, bad format, bad law argument", async () => {
    const unknown = await runCli("density", "foo(1)");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^limspec: unknown function "foo"; known: .*mp, mpMap/);
    expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
    expect((await runCli("density", "mp(0.5)", "--grid", "3:1:10")).stderr).toBe("limspec: --grid needs a < b, got a = 3, b = 1\n");
    expect((await runCli("density", "mp(0.5)", "--format", "xml")).stderr).toBe('limspec: --format must be json or csv, got "xml"\n');
    const bad = await runCli("density", "mp(-1)");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^limspec: RangeError: in mp\(…\): .*-1/);
  });
});

describe("limspec edges and moments", () => {
  it("edges of mp(2): one interval and the atom", async () => {
    const out = JSON.parse((await runCli("edges", "mp(2)")).stdout);
    expect(out.atoms).toEqual([{ x: 0, mass: 0.5 }]);
    expect(out.support).toHaveLength(1);
    expect(Math.abs(out.support[0][0] - (1 - Math.SQRT2) ** 2)).toBeLessThan(1e-12);
    expect(Math.abs(out.support[0][1] - (1 + Math.SQRT2) ** 2)).toBeLessThan(1e-12);
    const csv = (await runCli("edges", "mp(2)", "--format", "csv")).stdout.trim().split("\n");
    expect(csv.slice(1)).toEqual(["kind,a,b", `interval,${out.support[0][0]},${out.support[0][1]}`, "atom,0,0.5"]);
  });

  it("finds both intervals of a two-interval law", async () => {
    const out = JSON.parse((await runCli("edges", "mpMapSilverstein(0.05, atoms([1,4],[0.5,0.5]))")).stdout);
    expect(out.support).toHaveLength(2);
    expect(out.support[0][1]).toBeLessThan(out.support[1][0]);
  });

  it("moments of mp(0.5) are the Narayana polynomials", async () => {
    const out = JSON.parse((await runCli("moments", "mp(0.5)", "--k", "4")).stdout);
    const expected = [1, 1.5, 2.75, 5.625];
    out.moments.forEach((m: number, i: number) => expect(Math.abs(m - expected[i])).toBeLessThan(1e-12 * expected[i]));
    expect((await runCli("moments", "mp(0.5)", "--k", "0")).stderr).toBe('limspec: --k must be a positive integer, got "0"\n');
  });
});
