// Writes a Brotli (.br) and a gzip (.gz) copy beside each compressible static file, at the
// highest levels: the build does the slow work once, the server only picks a copy (Compression/).
// Usage: node precompress.mjs <file or folder>...   A copy is skipped when it would not be smaller.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const compressible = /\.(js|css|html|json|svg|txt|webmanifest|map|ttf|ico)$/;
const smallest = 1024; // below this the headers cost more than compression saves

function* files(path) {
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path)) {
    yield* files(join(path, entry));
  }
}

let written = 0;
for (const path of process.argv.slice(2).flatMap((root) => [...files(root)])) {
  if (!compressible.test(path) || statSync(path).size < smallest) {
    continue;
  }
  const content = readFileSync(path);
  const copies = {
    br: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gz: gzipSync(content, { level: 9 }),
  };
  for (const [extension, compressed] of Object.entries(copies)) {
    if (compressed.length < content.length) {
      writeFileSync(`${path}.${extension}`, compressed);
      written++;
    }
  }
}
console.log(`precompress: ${written} copies written`);
