#!/usr/bin/env node
// Entry of the `limspec` command. In a source checkout (src/cli/main.ts present and tsx
// installed) it runs the TypeScript sources through tsx, so the command always matches the code;
// in an installed package (no tsx) it runs the compiled dist/cli/main.js (`npm run build`).
// LIMSPEC_ENTRY=dist or LIMSPEC_ENTRY=src forces one of the two.
import { existsSync } from "node:fs";

const root = new URL("../", import.meta.url);
const source = new URL("src/cli/main.ts", root);
const compiled = new URL("dist/cli/main.js", root);
const choice = process.env.LIMSPEC_ENTRY;

async function loadSource() {
  const { tsImport } = await import("tsx/esm/api");
  return tsImport(source.href, import.meta.url);
}

let cli;
if (choice !== "dist" && existsSync(source)) {
  try {
    cli = await loadSource();
  } catch (e) {
    if (choice === "src" || !existsSync(compiled) || (e && e.code !== "ERR_MODULE_NOT_FOUND")) throw e;
  }
}
if (!cli) {
  if (!existsSync(compiled)) {
    process.stderr.write("limspec: neither the sources with tsx nor dist/cli/main.js are available; run `npm ci` (and `npm run build`)\n");
    process.exit(1);
  }
  cli = await import(compiled.href);
}
await cli.runAsProcess();
