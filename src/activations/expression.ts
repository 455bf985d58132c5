/**
 * mathjs expressions in the single variable `x`: validation, symbolic differentiation (mathjs
 * `derivative`), and translation to a JavaScript expression over Math.* (fast evaluation, and a
 * source usable inside gpu.js kernels). Functions without a Math.* counterpart (erf) evaluate
 * through limspec's own implementation and have no kernel source; anything else mathjs knows falls
 * back to mathjs' evaluator.
 */
import { derivative, parse, type MathNode } from "mathjs";
import * as mathjs from "mathjs";
import { erf } from "../core/special.js";

export interface CompiledExpression {
  /** The expression as given. */
  readonly text: string;
  readonly node: MathNode;
  /** Evaluates the expression at x (a NaN or non-real result throws a RangeError naming the expression and x). */
  readonly evaluate: (x: number) => number;
  /** Math.*-only JavaScript source in `x`, or undefined where the expression needs more than Math.*. */
  readonly source?: string;
}

const CONSTANTS: Record<string, string> = {
  pi: "Math.PI",
  PI: "Math.PI",
  e: "Math.E",
  E: "Math.E",
  tau: "(2.0 * Math.PI)",
  SQRT2: "Math.SQRT2",
  LN2: "Math.LN2",
  LN10: "Math.LN10",
};

/** mathjs function → JavaScript over Math.* (arguments already translated). */
const MATH_FUNCTIONS: Record<string, (a: string[]) => string | undefined> = {
  sin: (a) => `Math.sin(${a[0]})`,
  cos: (a) => `Math.cos(${a[0]})`,
  tan: (a) => `Math.tan(${a[0]})`,
  asin: (a) => `Math.asin(${a[0]})`,
  acos: (a) => `Math.acos(${a[0]})`,
  atan: (a) => `Math.atan(${a[0]})`,
  atan2: (a) => (a.length === 2 ? `Math.atan2(${a[0]}, ${a[1]})` : undefined),
  sinh: (a) => `Math.sinh(${a[0]})`,
  cosh: (a) => `Math.cosh(${a[0]})`,
  tanh: (a) => `Math.tanh(${a[0]})`,
  asinh: (a) => `Math.asinh(${a[0]})`,
  acosh: (a) => `Math.acosh(${a[0]})`,
  atanh: (a) => `Math.atanh(${a[0]})`,
  sec: (a) => `(1.0 / Math.cos(${a[0]}))`,
  csc: (a) => `(1.0 / Math.sin(${a[0]}))`,
  cot: (a) => `(1.0 / Math.tan(${a[0]}))`,
  sech: (a) => `(1.0 / Math.cosh(${a[0]}))`,
  csch: (a) => `(1.0 / Math.sinh(${a[0]}))`,
  coth: (a) => `(1.0 / Math.tanh(${a[0]}))`,
  exp: (a) => `Math.exp(${a[0]})`,
  expm1: (a) => `Math.expm1(${a[0]})`,
  log: (a) => (a.length === 1 ? `Math.log(${a[0]})` : a.length === 2 ? `(Math.log(${a[0]}) / Math.log(${a[1]}))` : undefined),
  log10: (a) => `Math.log10(${a[0]})`,
  log2: (a) => `Math.log2(${a[0]})`,
  log1p: (a) => `Math.log1p(${a[0]})`,
  sqrt: (a) => `Math.sqrt(${a[0]})`,
  cbrt: (a) => `Math.cbrt(${a[0]})`,
  abs: (a) => `Math.abs(${a[0]})`,
  sign: (a) => `Math.sign(${a[0]})`,
  floor: (a) => `Math.floor(${a[0]})`,
  ceil: (a) => `Math.ceil(${a[0]})`,
  max: (a) => (a.length >= 1 ? `Math.max(${a.join(", ")})` : undefined),
  min: (a) => (a.length >= 1 ? `Math.min(${a.join(", ")})` : undefined),
  pow: (a) => (a.length === 2 ? `Math.pow(${a[0]}, ${a[1]})` : undefined),
  square: (a) => `(${a[0]} * ${a[0]})`,
  cube: (a) => `(${a[0]} * ${a[0]} * ${a[0]})`,
};

/** Functions evaluated by limspec helpers (no gpu.js source). */
const HELPER_FUNCTIONS: Record<string, (a: string[]) => string | undefined> = {
  erf: (a) => `H.erf(${a[0]})`,
};

const COMPARISONS: Record<string, string> = {
  larger: ">",
  smaller: "<",
  largerEq: ">=",
  smallerEq: "<=",
  equal: "==",
  unequal: "!=",
};

class Untranslatable extends Error {}

/** A numeric literal that reads as a float in GLSL too ("2" → "2.0"). */
export function floatLiteral(v: number): string {
  if (!Number.isFinite(v)) throw new Untranslatable(`non-finite constant ${v}`);
  const s = String(v);
  return /[.eE]/.test(s) ? (v < 0 ? `(${s})` : s) : v < 0 ? `(${s}.0)` : `${s}.0`;
}

interface Translation {
  src: string;
  helpers: boolean;
}

function translate(node: MathNode, asCondition: boolean): Translation {
  const n = node as MathNode & Record<string, unknown>;
  const wrapValue = (cond: Translation): Translation =>
    asCondition ? cond : { src: `(${cond.src} ? 1.0 : 0.0)`, helpers: cond.helpers };
  const asValue = (t: Translation): Translation => (asCondition ? { src: `(${t.src} != 0.0)`, helpers: t.helpers } : t);
  switch (node.type) {
    case "ConstantNode": {
      const v = n.value;
      if (typeof v !== "number") throw new Untranslatable(`constant ${String(v)}`);
      return asValue({ src: floatLiteral(v), helpers: false });
    }
    case "SymbolNode": {
      const name = n.name as string;
      if (name === "x") return asValue({ src: "x", helpers: false });
      const c = CONSTANTS[name];
      if (c) return asValue({ src: c, helpers: false });
      throw new Untranslatable(`symbol ${name}`);
    }
    case "ParenthesisNode":
      return translate(n.content as MathNode, asCondition);
    case "ConditionalNode": {
      const c = translate(n.condition as MathNode, true);
      const t = translate(n.trueExpr as MathNode, asCondition);
      const f = translate(n.falseExpr as MathNode, asCondition);
      return { src: `(${c.src} ? ${t.src} : ${f.src})`, helpers: c.helpers || t.helpers || f.helpers };
    }
    case "OperatorNode": {
      const fn = n.fn as string;
      const args = n.args as MathNode[];
      if (fn in COMPARISONS) {
        const a = translate(args[0], false);
        const b = translate(args[1], false);
        return wrapValue({ src: `(${a.src} ${COMPARISONS[fn]} ${b.src})`, helpers: a.helpers || b.helpers });
      }
      if (fn === "and" || fn === "or") {
        const a = translate(args[0], true);
        const b = translate(args[1], true);
        return wrapValue({ src: `(${a.src} ${fn === "and" ? "&&" : "||"} ${b.src})`, helpers: a.helpers || b.helpers });
      }
      if (fn === "not") {
        const a = translate(args[0], true);
        return wrapValue({ src: `(!${a.src})`, helpers: a.helpers });
      }
      const t = args.map((a) => translate(a, false));
      const helpers = t.some((a) => a.helpers);
      let src: string;
      switch (fn) {
        case "add":
          src = `(${t[0].src} + ${t[1].src})`;
          break;
        case "subtract":
          src = `(${t[0].src} - ${t[1].src})`;
          break;
        case "multiply":
          src = `(${t[0].src} * ${t[1].src})`;
          break;
        case "divide":
          src = `(${t[0].src} / ${t[1].src})`;
          break;
        case "unaryMinus":
          src = `(-${t[0].src})`;
          break;
        case "unaryPlus":
          src = t[0].src;
          break;
        case "pow": {
          // Small integer powers are expanded (GLSL pow is undefined for a negative base).
          const e = args[1];
          const ev = e.type === "ConstantNode" ? (e as MathNode & { value: unknown }).value : undefined;
          if (typeof ev === "number" && Number.isInteger(ev) && Math.abs(ev) <= 8) {
            if (ev === 0) src = "1.0";
            else {
              const prod = `(${new Array(Math.abs(ev)).fill(t[0].src).join(" * ")})`;
              src = ev > 0 ? prod : `(1.0 / ${prod})`;
            }
          } else src = `Math.pow(${t[0].src}, ${t[1].src})`;
          break;
        }
        default:
          throw new Untranslatable(`operator ${fn}`);
      }
      return asValue({ src, helpers });
    }
    case "FunctionNode": {
      const name = (n.fn as { name?: string }).name ?? "";
      const args = (n.args as MathNode[]).map((a) => translate(a, false));
      const helpers = args.some((a) => a.helpers);
      const srcs = args.map((a) => a.src);
      const m = MATH_FUNCTIONS[name]?.(srcs);
      if (m !== undefined) return asValue({ src: m, helpers });
      const h = HELPER_FUNCTIONS[name]?.(srcs);
      if (h !== undefined) return asValue({ src: h, helpers: true });
      throw new Untranslatable(`function ${name}`);
    }
    default:
      throw new Untranslatable(`node ${node.type}`);
  }
}

const ALLOWED_NODES = new Set(["ConstantNode", "SymbolNode", "OperatorNode", "ParenthesisNode", "FunctionNode", "ConditionalNode"]);

/** Checks that `node` is a scalar expression in x only; throws a RangeError naming the offending part. */
function validate(role: string, text: string, node: MathNode): void {
  node.traverse((child: MathNode, path: string, parent: MathNode | null) => {
    const c = child as MathNode & Record<string, unknown>;
    if (!ALLOWED_NODES.has(child.type))
      throw new RangeError(`${role} = "${text}": ${child.type} is not allowed; use an arithmetic expression in x`);
    if (child.type === "ConstantNode" && typeof c.value !== "number")
      throw new RangeError(`${role} = "${text}": constant ${JSON.stringify(c.value)} is not a number`);
    if (child.type === "SymbolNode") {
      const name = c.name as string;
      if (path === "fn" && parent?.type === "FunctionNode") {
        if (typeof (mathjs as unknown as Record<string, unknown>)[name] !== "function")
          throw new RangeError(`${role} = "${text}": unknown function ${name}()`);
        return;
      }
      if (name !== "x" && !(name in CONSTANTS))
        throw new RangeError(
          `${role} = "${text}" uses the variable "${name}"; only x (and the constants ${Object.keys(CONSTANTS).join(", ")}) may appear`,
        );
    }
  });
}

function fromNode(role: string, text: string, node: MathNode): CompiledExpression {
  let translation: Translation | undefined;
  try {
    translation = translate(node, false);
  } catch (e) {
    if (!(e instanceof Untranslatable)) throw e;
  }
  let evaluate: (x: number) => number;
  if (translation) {
    const fn = new Function("H", "x", `"use strict"; return ${translation.src};`) as (h: unknown, x: number) => number;
    const helpers = { erf };
    evaluate = (x) => {
      const v = fn(helpers, x);
      if (Number.isNaN(v) && !Number.isNaN(x))
        throw new RangeError(`${role} = "${text}" is undefined (NaN) at x = ${x}`);
      return v;
    };
  } else {
    const compiled = node.compile();
    evaluate = (x) => {
      const v: unknown = compiled.evaluate({ x });
      if (typeof v === "number" && !(Number.isNaN(v) && !Number.isNaN(x))) return v;
      if (typeof v === "boolean") return v ? 1 : 0;
      throw new RangeError(`${role} = "${text}" is not real at x = ${x} (mathjs gave ${String(v)})`);
    };
  }
  return { text, node, evaluate, source: translation && !translation.helpers ? translation.src : undefined };
}

/**
 * Parses and validates a mathjs expression in x.
 * @param role "sigma" or "phi", used in error messages
 * @throws RangeError if it does not parse, uses another variable, an unknown function, or non-scalar syntax
 */
export function compileExpression(role: string, text: string): CompiledExpression {
  if (typeof text !== "string") throw new TypeError(`${role} must be a string expression in x, got ${typeof text}`);
  if (text.trim() === "") throw new RangeError(`${role} must be a non-empty expression in x`);
  let node: MathNode;
  try {
    node = parse(text);
  } catch (e) {
    throw new RangeError(`${role} = "${text}" does not parse: ${(e as Error).message}`);
  }
  validate(role, text, node);
  return fromNode(role, text, node);
}

/**
 * The symbolic derivative d/dx of a compiled expression, by mathjs `derivative`.
 * @throws RangeError (naming the expression and suggesting to give φ directly) where mathjs cannot differentiate
 */
export function differentiateExpression(expr: CompiledExpression): CompiledExpression {
  let d: MathNode;
  try {
    d = derivative(expr.node, "x");
  } catch (e) {
    throw new RangeError(
      `cannot differentiate sigma = "${expr.text}" symbolically (${(e as Error).message}); give phi = σ′ directly, e.g. { phi: "..." }`,
    );
  }
  return fromNode("phi", d.toString(), d);
}
