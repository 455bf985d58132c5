/**
 * Loader of the limspec WebAssembly linear-algebra module (wasm/limspec_linalg.wasm, built from
 * wasm/src by `npm run build:wasm`) and the scratch arena every kernel call works in.
 *
 * The module has no imports and no allocator: each call lays its buffers out in linear memory
 * above `__heap_base`, growing the memory only when a larger problem than any before arrives.
 * Memory therefore stays constant over repeated calls of the same size; `releaseLinalg()` drops
 * the instance (and its memory) altogether.
 */
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** The parts of the WebAssembly JS API used here (TypeScript's ES2022 + Node libs do not type it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmInstance {
  readonly exports: Record<string, unknown>;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => WasmInstance;
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: WasmInstance }>;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** Exports of the module (pointers are byte offsets into its memory). */
export interface LinalgExports {
  memory: WasmMemory;
  __heap_base: { value: number };
  lsp_tridiagonalize_work_size(n: number): number;
  lsp_reduce_packed(n: number, ap: number, d: number, e: number, work: number): number;
  lsp_eigvalsh_packed(n: number, ap: number, w: number, e: number, work: number): number;
  lsp_tridiagonal_eigenvalues(n: number, d: number, e: number): number;
  lsp_sturm_prepare(n: number, e: number, e2: number): number;
  lsp_sturm_counts(n: number, d: number, e2: number, pivmin: number, xs: number, nx: number, counts: number): void;
  lsp_bisect_range(
    n: number, d: number, e: number, e2: number, pivmin: number,
    lo: number, hi: number, abstol: number, out: number, stack: number,
  ): number;
  lsp_gemm_work_size(n: number): number;
  lsp_gemm(m: number, k: number, n: number, a: number, b: number, c: number, work: number): void;
  lsp_gram(rows: number, cols: number, a: number, c: number, work: number): void;
  lsp_gram_outer(rows: number, cols: number, a: number, c: number, work: number): void;
}

/** Doubles of stack workspace lsp_bisect_range needs (4 per interval, STACK_LIMIT = 4096). */
export const BISECTION_STACK_DOUBLES = 4 * 4096;

const MODULE_FILE = "limspec_linalg.wasm";
const PAGE_BYTES = 65536;

let instance: LinalgExports | null = null;
let pending: Promise<void> | null = null;

/** Candidate locations: repository layout (src/linalg → wasm/) and compiled layout (dist/src/linalg). */
function modulePath(): string {
  const candidates = ["../../wasm/", "../../../wasm/"].map((dir) =>
    fileURLToPath(new URL(dir + MODULE_FILE, import.meta.url)),
  );
  for (const p of candidates) if (existsSync(p)) return p;
  throw new Error(`limspec: WebAssembly module ${MODULE_FILE} not found (looked in ${candidates.join(", ")})`);
}

function adopt(inst: WasmInstance): void {
  instance = inst.exports as unknown as LinalgExports;
}

/** Load the module asynchronously. Idempotent. */
export async function initLinalg(): Promise<void> {
  if (instance) return;
  if (!pending) {
    pending = (async () => {
      const bytes = await readFile(modulePath());
      const { instance: inst } = await wasm.instantiate(bytes, {});
      if (!instance) adopt(inst);
    })();
    pending.catch(() => {
      pending = null;
    });
  }
  await pending;
}

/** Load the module synchronously. Idempotent; every linalg function calls it when needed. */
export function initLinalgSync(): void {
  if (instance) return;
  const mod = new wasm.Module(readFileSync(modulePath()));
  adopt(new wasm.Instance(mod, {}));
}

/** Drop the loaded instance so its linear memory can be garbage-collected; the next call reloads. */
export function releaseLinalg(): void {
  instance = null;
  pending = null;
}

/** The loaded exports (loading synchronously if needed). */
export function linalg(): LinalgExports {
  if (!instance) initLinalgSync();
  return instance as LinalgExports;
}

/** Bytes of linear memory the module currently holds (constant over repeated same-size calls). */
export function linalgMemoryBytes(): number {
  return instance ? instance.memory.buffer.byteLength : 0;
}

/**
 * Lay out buffers of the given numbers of doubles in linear memory (16-byte aligned, above
 * __heap_base), growing the memory if needed. Returns their byte offsets. Valid until the next
 * call to `arena` (every public function calls it once).
 */
export function arena(lib: LinalgExports, doubles: readonly number[]): number[] {
  let at = Math.ceil(lib.__heap_base.value / 16) * 16;
  const offsets: number[] = [];
  for (const count of doubles) {
    offsets.push(at);
    at += Math.ceil((count * 8) / 16) * 16;
  }
  if (at > 4294967296) throw new RangeError(`problem needs ${at} bytes, above the 4 GiB of 32-bit WebAssembly`);
  const have = lib.memory.buffer.byteLength;
  if (at > have) lib.memory.grow(Math.ceil((at - have) / PAGE_BYTES));
  return offsets;
}

/** A Float64Array view of `count` doubles at byte offset `ptr` (recreate after any growth). */
export function view(lib: LinalgExports, ptr: number, count: number): Float64Array {
  return new Float64Array(lib.memory.buffer, ptr, count);
}
