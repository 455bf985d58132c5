import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { existsSync } from "node:fs";

/**
 * The font every figure is drawn with. SVG text names it; PNG rendering loads it from the
 * `dejavu-fonts-ttf` npm package (DejaVu Sans, covering Greek and the math symbols used in law
 * names), with system fonts disabled, so a PNG is the same on every machine.
 */
export const FONT_FAMILY = "DejaVu Sans";

/** Absolute paths of the bundled TrueType files (regular, bold). */
export function bundledFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  let root: string;
  try {
    // The package has no "exports" map and no main file: resolve one of its files directly.
    root = dirname(require.resolve("dejavu-fonts-ttf/package.json"));
  } catch {
    throw new Error("the font package dejavu-fonts-ttf is not installed (npm install dejavu-fonts-ttf)");
  }
  const files = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => join(root, "ttf", f));
  for (const f of files) if (!existsSync(f)) throw new Error(`bundled font file missing: ${f}`);
  return files;
}
