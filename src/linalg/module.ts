/**
 * Loader of the limspec WebAssembly linear-algebra module (wasm/limspec_linalg.wasm, built from
 * wasm/src by `npm run build:wasm`) and the scratch arena every kernel call works in.
 *
 * The module imports only its (shared) memory and has no allocator: each call lays its buffers
 * out in linear memory above `__heap_base`, growing the memory only when a larger problem than
 * any before arrives.
 * Memory therefore stays constant over repeated calls of the same size; `releaseLinalg()` drops
 * the instance (and its memory) altogether.
 */
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** The parts of the WebAssembly JS API used here (TypeScript's ES2022 + Node libs do not type it). */
interface WasmMemory {
  readonly buffer: ArrayBufferLike;
  grow(pages: number): number;
}
interface WasmInstance {
  readonly exports: Record<string, unknown>;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => WasmInstance;
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => WasmMemory;
  compile(bytes: Uint8Array): Promise<object>;
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** Exports of the module (pointers are byte offsets into its memory). */
export interface LinalgExports {
  memory: WasmMemory;
  __heap_base: { value: number };
  lsp_helper_ready(): number;
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

/** Linear memory: shared, 2 MiB initially (the module's declared minimum), up to 4 GiB. */
const INITIAL_PAGES = 32;
const MAXIMUM_PAGES = 65536;

let instance: LinalgExports | null = null;
let helper: Worker | null = null;
let pending: Promise<void> | null = null;

/**
 * Helper thread: instantiates the same module on the same shared memory, gives itself its own
 * shadow stack and runs the job loop (wasm/src/parallel.c). Kernels split their work in the same
 * two halves with or without it, so results are bitwise identical either way.
 */
const HELPER_SOURCE = `
const { workerData } = require("node:worker_threads");
const inst = new WebAssembly.Instance(workerData.module, { env: { memory: workerData.memory } });
inst.exports.__stack_pointer.value = inst.exports.lsp_worker_stack_top();
inst.exports.lsp_worker_loop();
`;

/** Threads to use: LIMSPEC_LINALG_THREADS (1 or 2), default 2 when the machine has ≥ 2 CPUs. */
function wantedThreads(): number {
  const env = process.env.LIMSPEC_LINALG_THREADS;
  if (env !== undefined && env !== "") {
    const t = Number(env);
    if (!Number.isInteger(t) || t < 1)
      throw new RangeError(`LIMSPEC_LINALG_THREADS must be a positive integer, got ${JSON.stringify(env)}`);
    return Math.min(t, 2);
  }
  return availableParallelism() >= 2 ? 2 : 1;
}

/** Candidate locations: repository layout (src/linalg → wasm/) and compiled layout (dist/src/linalg). */
function modulePath(): string {
  const candidates = ["../../wasm/", "../../../wasm/"].map((dir) =>
    fileURLToPath(new URL(dir + MODULE_FILE, import.meta.url)),
  );
  for (const p of candidates) if (existsSync(p)) return p;
  throw new Error(`limspec: WebAssembly module ${MODULE_FILE} not found (looked in ${candidates.join(", ")})`);
}

function start(mod: object): void {
  const threads = wantedThreads();
  const memory = new wasm.Memory({ initial: INITIAL_PAGES, maximum: MAXIMUM_PAGES, shared: true });
  const inst = new wasm.Instance(mod, { env: { memory } });
  instance = Object.assign(Object.create(null), inst.exports, { memory }) as LinalgExports;
  if (threads > 1) {
    helper = new Worker(HELPER_SOURCE, { eval: true, workerData: { module: mod, memory } });
    helper.unref();
    helper.on("error", () => {
      // A failed helper never sets the ready flag: kernels keep running on the calling thread.
      helper = null;
    });
  }
}

/** Resolve once the helper thread is running (or at once without one); gives up after `ms`. */
async function helperStarted(ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (helper && instance && !instance.lsp_helper_ready() && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 2));
}

/**
 * Load the module asynchronously and wait until its helper thread runs. Idempotent.
 * Threads: LIMSPEC_LINALG_THREADS=1 disables the helper (results are identical either way).
 */
export async function initLinalg(): Promise<void> {
  if (instance) return helperStarted();
  if (!pending) {
    pending = (async () => {
      const mod = await wasm.compile(await readFile(modulePath()));
      if (!instance) start(mod);
      await helperStarted();
    })();
    pending.catch(() => {
      pending = null;
    });
  }
  await pending;
}

/**
 * Load the module synchronously. Idempotent; every linalg function calls it when needed.
 * The helper thread starts in the background; calls made before it runs use one thread.
 */
export function initLinalgSync(): void {
  if (instance) return;
  start(new wasm.Module(readFileSync(modulePath())));
}

/** Stop the helper thread and drop the instance so its memory can be collected; the next call reloads. */
export function releaseLinalg(): void {
  if (helper) void helper.terminate();
  helper = null;
  instance = null;
  pending = null;
}

/** Whether the helper thread is running (kernels then split their work over two threads). */
export function linalgHelperRunning(): boolean {
  return instance !== null && instance.lsp_helper_ready() === 1;
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
export function view(lib: LinalgExports, ptr: number, count: number): Float64Array<ArrayBufferLike> {
  return new Float64Array(lib.memory.buffer, ptr, count);
}
