import { inflateSync } from "node:zlib";

/** Decodes a PNG's header and inflates its image data; throws if the file is malformed. */
export function decodePng(bytes: Uint8Array): { width: number; height: number; bitDepth: number; colorType: number; rawLength: number } {
  const buf = Buffer.from(bytes);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  signature.forEach((b, i) => {
    if (buf[i] !== b) throw new Error("not a PNG signature");
  });
  let offset = 8;
  let header: { width: number; height: number; bitDepth: number; colorType: number } | undefined;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString("latin1", offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8], colorType: data[9] };
    if (type === "IDAT") idat.push(data);
    if (type === "IEND") ended = true;
    offset += 12 + length;
  }
  if (!header || !ended) throw new Error("PNG without IHDR or IEND");
  return { ...header, rawLength: inflateSync(Buffer.concat(idat)).length };
}
