import gpujs from "gpu.js";
import { GpuJsBackend } from "./gpujs.js";
import { installNodeWebGPU } from "./nodeWebgpu.js";
import type { BackendChoice, BackendName, MatrixBackend } from "./types.js";
import { BACKEND_NAMES } from "./types.js";
import { Wasm64Backend } from "./wasm64.js";

const { GPU } = gpujs;

/**
 * The backends usable on this machine, best first: webgpu (an adapter answers), headlessgl (the
 * `gl` package loads), then the CPU paths wasm64, webasm, cpu (always present in Node 20).
 */
export async function availableBackends(): Promise<BackendName[]> {
  const out: BackendName[] = [];
  await installNodeWebGPU();
  if (GPU.isWebGPUSupported && (await GPU.isWebGPUAvailable().catch(() => false))) out.push("webgpu");
  if (GPU.isHeadlessGLSupported) out.push("headlessgl");
  out.push("wasm64");
  if (GPU.isWebAssemblySupported) out.push("webasm");
  out.push("cpu");
  return out;
}

/**
 * Opens a backend. "auto" takes a GPU when gpu.js finds one (webgpu, then headlessgl), and
 * otherwise the float64 `wasm64` path — on a CPU-only machine it is both exact to float64 and
 * faster than gpu.js's webasm and cpu modes (docs/benchmarks/sim.md). Any name may be forced.
 */
export async function openBackend(choice: BackendChoice = "auto"): Promise<MatrixBackend> {
  if (choice === "auto") {
    const first = (await availableBackends())[0];
    return openBackend(first);
  }
  if (!BACKEND_NAMES.includes(choice))
    throw new RangeError(`backend must be one of auto, ${BACKEND_NAMES.join(", ")}; got ${JSON.stringify(choice)}`);
  if (choice === "wasm64") return Wasm64Backend.create();
  return GpuJsBackend.create(choice);
}
