import { describe, expect, it } from "vitest";
import { evaluateExpression, ExpressionError, type Registry } from "../../src/cli/expression.js";
import { parseLaw } from "../../src/cli/law.js";

// A registry that records its arguments, to check how values are converted.
const echo: Registry = {
  f: { fn: (...args: never[]) => args, signature: "f(...)", summary: "returns its arguments" },
  mean: { fn: () => "limspec mean", signature: "mean()", summary: "shadows mathjs mean" },
};

describe("law expressions", () => {
  it("converts arrays, objects, strings and arithmetic", () => {
    expect(evaluateExpression(`f([1, 2, 3], {a: "x", b: [0.5, -2^2]}, 'y', 2 pi, 1e-3)`, echo)).toEqual([
      [1, 2, 3],
      { a: "x", b: [0.5, -4] },
      "y",
      2 * Math.PI,
      0.001,
    ]);
    expect(evaluateExpression("f(f(1), (2 + 3) / 4)", echo)).toEqual([[1], 1.25]);
  });

  it("calls only registry functions, never mathjs' own", () => {
    expect(evaluateExpression("mean()", echo)).toBe("limspec mean");
    expect(() => evaluateExpression("log(2)", echo)).toThrow(/unknown function "log"; known: f, mean/);
    expect(() => evaluateExpression("x + 1", echo)).toThrow(/unknown name "x"/);
    expect(() => evaluateExpression("f", echo)).toThrow(/f is a function/);
  });

  it("rejects syntax errors, unsupported syntax and operators on non-numbers", () => {
    expect(() => evaluateExpression("f(1", echo)).toThrow(ExpressionError);
    expect(() => evaluateExpression("f(1", echo)).toThrow(/cannot parse "f\(1"/);
    expect(() => evaluateExpression("a = 1", echo)).toThrow(/unsupported syntax \(AssignmentNode\)/);
    expect(() => evaluateExpression("f(1).x", echo)).toThrow(/unsupported syntax/);
    expect(() => evaluateExpression(`"a" + 1`, echo)).toThrow(/operator \+ needs numbers/);
    expect(() => evaluateExpression("", echo)).toThrow(/non-empty/);
    expect(() => evaluateExpression("f({__proto__: 1})", echo)).toThrow(/not allowed/);
  });

  it("names the function when a limspec function rejects its argument", () => {
    const strict: Registry = {
      g: {
        fn: ((x: number) => {
          if (x < 0) throw new RangeError(`ratio must be > 0, got ${x}`);
          return x;
        }) as never,
        signature: "g(x)",
        summary: "",
      },
    };
    expect(() => evaluateExpression("g(-1)", strict)).toThrow(RangeError);
    expect(() => evaluateExpression("g(-1)", strict)).toThrow("in g(…): ratio must be > 0, got -1");
  });

  it("builds limspec laws from the real registry", () => {
    const mu = parseLaw("mpMap(0.5, atoms([1,4],[0.5,0.5]))");
    expect(mu.hull[0]).toBeGreaterThanOrEqual(0);
    const m = parseLaw("mp(2)");
    expect(m.atoms).toHaveLength(1);
    expect(Math.abs(m.atoms[0].mass - 0.5)).toBeLessThan(1e-15);
    expect(() => parseLaw("[1, 2]")).toThrow(/is not a law/);
    expect(() => parseLaw("mp(-1)")).toThrow(/in mp\(…\):.*-1/);
    expect(() => parseLaw("nolaw(1)")).toThrow(/unknown function "nolaw"; known: .*mpMap/);
  });
});
