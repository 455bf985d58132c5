import { describe, expect, it } from "vitest";
import { runCli } from "./run.js";

describe("help", () => {
  it("every subcommand's help shows examples of itself", async () => {
    for (const sub of ["density", "edges", "moments", "plot", "simulate", "compare"]) {
      const r = await runCli(sub, "--help");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Examples:");
      expect(r.stdout).toContain(`$ limspec ${sub} `);
    }
    const top = await runCli("--help");
    expect(top.stdout).toMatch(/ntkQuadratic\(\{nOverDp, pOverD/);
  });

  it("unknown commands and options exit 2 with a message on stderr", async () => {
    const r = await runCli("densty", "mp(1)");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'densty'/);
    const o = await runCli("density", "mp(1)", "--gird", "0:1:2");
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(/unknown option '--gird'/);
  });
});
