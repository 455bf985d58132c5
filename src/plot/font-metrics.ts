import { readFileSync } from "node:fs";

/**
 * Advance widths of a TrueType font, read from its `cmap` (format 12 or 4), `hmtx`, `hhea` and
 * `head` tables (OpenType spec, "Font file tables"), so that text can be measured exactly
 * without a canvas.
 */
export interface FontMetrics {
  /** Width of `text` in pixels at `fontSize` (sum of advances; kerning ignored). */
  width(text: string, fontSize: number): number;
}

function tableOffsets(buf: Buffer): Map<string, number> {
  const tables = new Map<string, number>();
  const count = buf.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const rec = 12 + 16 * i;
    tables.set(buf.toString("latin1", rec, rec + 4), buf.readUInt32BE(rec + 8));
  }
  for (const tag of ["cmap", "head", "hhea", "hmtx"]) if (!tables.has(tag)) throw new Error(`font has no ${tag} table`);
  return tables;
}

/** Code point → glyph id from a format-12 or format-4 Unicode subtable. */
function glyphLookup(buf: Buffer, cmap: number): (cp: number) => number {
  const count = buf.readUInt16BE(cmap + 2);
  let format4 = -1;
  for (let i = 0; i < count; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const sub = cmap + buf.readUInt32BE(rec + 4);
    const format = buf.readUInt16BE(sub);
    if (format === 12 && (platform === 3 || platform === 0)) {
      const groups = buf.readUInt32BE(sub + 12);
      return (cp) => {
        let lo = 0;
        let hi = groups - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const g = sub + 16 + 12 * mid;
          if (cp < buf.readUInt32BE(g)) hi = mid - 1;
          else if (cp > buf.readUInt32BE(g + 4)) lo = mid + 1;
          else return buf.readUInt32BE(g + 8) + cp - buf.readUInt32BE(g);
        }
        return 0;
      };
    }
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) format4 = sub;
  }
  if (format4 < 0) throw new Error("font has no Unicode cmap subtable (format 4 or 12)");
  const sub = format4;
  const segs = buf.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segs; s++) {
      if (cp > buf.readUInt16BE(ends + 2 * s)) continue;
      const start = buf.readUInt16BE(starts + 2 * s);
      if (cp < start) return 0;
      const delta = buf.readInt16BE(deltas + 2 * s);
      const rangeOffset = buf.readUInt16BE(ranges + 2 * s);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const at = ranges + 2 * s + rangeOffset + 2 * (cp - start);
      const glyph = buf.readUInt16BE(at);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Reads the metrics of a TrueType file. */
export function loadFontMetrics(file: string): FontMetrics {
  const buf = readFileSync(file);
  const t = tableOffsets(buf);
  const unitsPerEm = buf.readUInt16BE(t.get("head")! + 18);
  const metricsCount = buf.readUInt16BE(t.get("hhea")! + 34);
  const hmtx = t.get("hmtx")!;
  const glyph = glyphLookup(buf, t.get("cmap")!);
  const advance = (g: number): number => buf.readUInt16BE(hmtx + 4 * Math.min(g, metricsCount - 1));
  const cache = new Map<number, number>();
  return {
    width(text, fontSize) {
      let units = 0;
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        let a = cache.get(cp);
        if (a === undefined) {
          a = advance(glyph(cp));
          cache.set(cp, a);
        }
        units += a;
      }
      return (units * fontSize) / unitsPerEm;
    },
  };
}
