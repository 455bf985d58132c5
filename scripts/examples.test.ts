/** Runs the example scripts users copy, so they never rot. */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (script: string, args: string[] = []) =>
  execFileSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8", timeout: 120_000 });

describe("examples in scripts/", () => {
  it("mp-map.ts prints both conventions' supports", () => {
    const out = run("scripts/mp-map.ts");
    expect(out).toMatch(/mpMap\(10, ½δ₁ \+ ½δ₄\)\n\s+support\s+\[\[5\.549599,14\.084284\],\[24\.849209,60\.516908\]\]/);
    expect(out).toMatch(/moments\s+2\.500000, 10\.500000, 55\.625000/);
  });

  it("free-convolution.ts reproduces the arcsine law and the Fuss–Catalan moments", () => {
    const out = run("scripts/free-convolution.ts");
    expect(out).toContain("density at 0 = 0.159154943092 (arcsine: 1/(2π) = 0.159154943092)");
    expect(out).toContain("moments 1,3,12,55");
    expect(out).toMatch(/mass 1\.000000000000/);
  });

  it("ntk-relu.ts compares the NTK law with a simulation", () => {
    const out = run("scripts/ntk-relu.ts", ["600", "12", "24"]);
    const ks = Number(/KS ([0-9.]+)/.exec(out)?.[1]);
    expect(ks).toBeGreaterThan(0);
    expect(ks).toBeLessThan(0.1);
  });
});
