import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../bin/limspec.js", import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 60_000 });

describe("the limspec executable", () => {
  it("prints data on stdout and exits 0", () => {
    const r = run("edges", "mp(2)");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).atoms).toEqual([{ x: 0, mass: 0.5 }]);
  });

  it("prints one error line on stderr and exits non-zero", () => {
    const r = run("density", "mp(0.5", "--grid", "0:1:3");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^limspec: cannot parse "mp\(0\.5"/);
  });
});
