import { parse, type MathNode } from "mathjs";

/** A function callable from a law expression. */
export interface RegistryEntry {
  readonly fn: (...args: never[]) => unknown;
  /** How to call it, e.g. `mp(ratio, variance = 1)`. */
  readonly signature: string;
  /** One line on what it returns. */
  readonly summary: string;
}

/** Functions available in law expressions, by name. */
export type Registry = Readonly<Record<string, RegistryEntry>>;

/** Named numeric constants allowed in expressions. */
const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E, Infinity: Infinity };

/** A law expression that cannot be parsed or evaluated (the message says where and why). */
export class ExpressionError extends Error {
  override readonly name = "ExpressionError";
}

const describe = (v: unknown): string =>
  v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? (isMeasureLike(v) ? `the measure ${(v as { expr: string }).expr}` : "an object") : JSON.stringify(v);

function isMeasureLike(v: unknown): boolean {
  return v !== null && typeof v === "object" && typeof (v as { stieltjes?: unknown }).stieltjes === "function";
}

function numberOperand(op: string, v: unknown): number {
  if (typeof v !== "number") throw new ExpressionError(`operator ${op} needs numbers, got ${describe(v)}`);
  return v;
}

function evaluateNode(node: MathNode, registry: Registry): unknown {
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case "ConstantNode":
      return n.value;
    case "ParenthesisNode":
      return evaluateNode(n.content as MathNode, registry);
    case "SymbolNode": {
      const name = n.name as string;
      if (Object.hasOwn(CONSTANTS, name)) return CONSTANTS[name];
      if (Object.hasOwn(registry, name)) throw new ExpressionError(`${name} is a function: call it, e.g. ${registry[name].signature}`);
      throw new ExpressionError(`unknown name "${name}"; constants: ${Object.keys(CONSTANTS).join(", ")}; functions: ${Object.keys(registry).sort().join(", ")}`);
    }
    case "ArrayNode":
      return (n.items as MathNode[]).map((item) => evaluateNode(item, registry));
    case "ObjectNode": {
      const out: Record<string, unknown> = {};
      const properties = n.properties as Record<string, MathNode>;
      // A "__proto__" key reaches mathjs' property table as its prototype: refuse it.
      if (Object.getPrototypeOf(properties) !== Object.prototype && Object.getPrototypeOf(properties) !== null)
        throw new ExpressionError(`object key "__proto__" is not allowed`);
      for (const [key, value] of Object.entries(properties)) {
        if (key === "__proto__" || key === "constructor" || key === "prototype") throw new ExpressionError(`object key "${key}" is not allowed`);
        out[key] = evaluateNode(value, registry);
      }
      return out;
    }
    case "OperatorNode": {
      const op = n.op as string;
      const args = (n.args as MathNode[]).map((a) => evaluateNode(a, registry));
      if (args.length === 1) {
        const v = numberOperand(op, args[0]);
        if (op === "-") return -v;
        if (op === "+") return v;
      } else if (args.length === 2) {
        const a = numberOperand(op, args[0]);
        const b = numberOperand(op, args[1]);
        switch (op) {
          case "+":
            return a + b;
          case "-":
            return a - b;
          case "*":
            return a * b;
          case "/":
            return a / b;
          case "^":
            return a ** b;
        }
      }
      throw new ExpressionError(`operator "${op}" is not supported (use + - * / ^ on numbers)`);
    }
    case "FunctionNode": {
      const fnNode = n.fn as MathNode & { name?: string };
      if (fnNode.type !== "SymbolNode" || typeof fnNode.name !== "string") throw new ExpressionError("only named functions can be called");
      const name = fnNode.name;
      if (!Object.hasOwn(registry, name)) throw new ExpressionError(`unknown function "${name}"; known: ${Object.keys(registry).sort().join(", ")}`);
      const args = (n.args as MathNode[]).map((a) => evaluateNode(a, registry));
      const entry = registry[name];
      try {
        return (entry.fn as (...a: unknown[]) => unknown)(...args);
      } catch (e) {
        if (e instanceof ExpressionError) throw e;
        if (e instanceof Error && !e.message.startsWith("in ")) e.message = `in ${name}(…): ${e.message}`;
        throw e;
      }
    }
    default:
      throw new ExpressionError(`unsupported syntax (${node.type}) in law expression`);
  }
}

/**
 * Parses an expression with mathjs and evaluates the tree against `registry` only: mathjs'
 * own functions (`mean`, `log`, …) are never called, arrays become `unknown[]`, objects plain
 * objects, strings stay strings, and numbers admit `+ − * / ^`, `pi`, `e`.
 *
 * Errors: ExpressionError for syntax, unknown names and unsupported operators (listing the known
 * functions); errors thrown by a registry function (RangeError/TypeError naming the argument)
 * pass through with `in name(…):` prepended.
 *
 * @example evaluateExpression("mpMap(0.5, atoms([1,4],[0.5,0.5]))", LAW_FUNCTIONS)
 */
export function evaluateExpression(source: string, registry: Registry): unknown {
  if (typeof source !== "string" || source.trim() === "") throw new ExpressionError(`law expression must be a non-empty string, got ${JSON.stringify(source)}`);
  let tree: MathNode;
  try {
    tree = parse(source);
  } catch (e) {
    throw new ExpressionError(`cannot parse ${JSON.stringify(source)}: ${(e as Error).message}`);
  }
  return evaluateNode(tree, registry);
}
