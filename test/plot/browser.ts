import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Debian's chromium (LIMSPEC_CHROMIUM overrides), or undefined when absent. */
export function findChromium(): string | undefined {
  const candidates = [process.env.LIMSPEC_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/**
 * Loads a local HTML file in headless chromium, lets its scripts run (virtual time, no network)
 * and returns the serialised DOM.
 */
export function renderedDom(chromium: string, file: string): string {
  const profile = mkdtempSync(join(tmpdir(), "limspec-chromium-"));
  try {
    return execFileSync(
      chromium,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        `--user-data-dir=${profile}`,
        "--virtual-time-budget=10000",
        "--dump-dom",
        pathToFileURL(file).href,
      ],
      { encoding: "utf8", timeout: 60_000, maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "ignore"] },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
