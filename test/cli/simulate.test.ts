import { describe, expect, it } from "vitest";
import { runCli } from "./run.js";

describe("limspec simulate", () => {
  it("writes seeded eigenvalues as JSON, identical for the same seed", async () => {
    const args = ["simulate", "wigner", "--n", "60", "--seed", "3", "--backend", "cpu"];
    const first = await runCli(...args);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout);
    expect(out.model).toBe("wigner");
    expect(out.params).toEqual({ n: 60 });
    expect(out.seed).toBe(3);
    expect(out.backend).toBe("cpu");
    expect(out.eigenvalues).toHaveLength(60);
    const trace = out.eigenvalues.reduce((s: number, v: number) => s + v, 0);
    expect(Math.abs(trace)).toBeLessThan(5); // trace of H ~ N(0, 2) for the GOE normalisation
    expect(JSON.parse((await runCli(...args)).stdout).eigenvalues).toEqual(out.eigenvalues);
    expect(Object.keys(out.timesSeconds)).toEqual(expect.arrayContaining(["random", "formation", "eigenvalues", "total"]));
    expect(JSON.parse((await runCli("simulate", "wigner", "--n", "60", "--seed", "4", "--backend", "cpu")).stdout).eigenvalues).not.toEqual(out.eigenvalues);
  });

  it("writes CSV with model parameters from --param", async () => {
    const r = await runCli("simulate", "wishart", "--n", "20", "--N", "40", "--param", "population=atoms([1,4],[0.5,0.5])", "--format", "csv", "--backend", "cpu");
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^# model: wishart .*"population":"atoms\(\[1,4\],\[0.5,0.5\]\)"/);
    expect(lines[1]).toBe("eigenvalue");
    expect(lines).toHaveLength(22);
    expect(lines.slice(2).map(Number).every((v) => v >= -1e-12)).toBe(true);
  });

  it("reports bad input in one line with a non-zero exit", async () => {
    const bad = await runCli("simulate", "wigner", "--n", "ten");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('limspec: --n must be a number, got "ten"\n');
    const unknown = await runCli("simulate", "nosuchmodel", "--n", "10");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
    expect(unknown.stderr).toMatch(/model must be one of .*wishart/);
    const debug = await runCli("simulate", "nosuchmodel", "--n", "10", "--debug");
    expect(debug.stderr).toMatch(/\n\s+at /); // stack only with --debug
  });
});
