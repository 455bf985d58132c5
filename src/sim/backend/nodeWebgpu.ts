/**
 * WebGPU in Node: gpu.js looks for `navigator.gpu`, which Node does not provide. The `webgpu`
 * package (Dawn's Node binding, a gpu.js dependency) does: `create([])` returns a GPU object and
 * `globals` the WebGPU classes. This installs them on globalThis once, so that
 * `GPU.isWebGPUAvailable()` can probe a real adapter. Returns false (and installs nothing) where
 * the native binding does not load (e.g. a libstdc++ older than Dawn needs, as on the 2-core CI
 * machine) — then WebGPU is simply unavailable. Not exercised where no GPU machine was lent.
 */
let installed: Promise<boolean> | null = null;

export function installNodeWebGPU(): Promise<boolean> {
  installed ??= (async () => {
    const g = globalThis as { navigator?: { gpu?: unknown } };
    if (g.navigator?.gpu) return true;
    try {
      const mod = (await import("webgpu")) as { create: (flags: string[]) => unknown; globals: Record<string, unknown> };
      const gpu = mod.create([]);
      for (const [k, v] of Object.entries(mod.globals)) if (!(k in globalThis)) (globalThis as Record<string, unknown>)[k] = v;
      if (g.navigator === undefined) g.navigator = { gpu };
      else Object.defineProperty(g.navigator, "gpu", { value: gpu, configurable: true });
      return true;
    } catch {
      return false;
    }
  })();
  return installed;
}
