import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text the browser downloads; images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|map|svg|txt|webmanifest)$/i;

/** Below this, the encoding headers cost more than they save. */
export const MIN_PRECOMPRESS_BYTES = 1024;

/** Both encodings of one file, at their best ratio: done once, so the time does not matter. */
export async function compressBoth(body: Uint8Array) {
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    }),
    gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br: new Uint8Array(br), gzip: new Uint8Array(gz) };
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * A Vite plugin that writes `name.br` and `name.gz` beside every text file of
 * the build, so the live server sends them as they are and never compresses a
 * file while a browser waits (see server/node/static-site.ts).
 */
export function precompress() {
  let outDir = 'dist';
  return {
    name: 'mcc-precompress',
    apply: 'build' as const,
    configResolved(config: { root: string; build: { outDir: string } }) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      for await (const full of walk(outDir)) {
        if (!COMPRESSIBLE.test(full)) continue;
        const body = await readFile(full);
        if (body.byteLength < MIN_PRECOMPRESS_BYTES) continue;
        const { br, gzip: gz } = await compressBoth(body);
        await Promise.all([writeFile(`${full}.br`, br), writeFile(`${full}.gz`, gz)]);
      }
    },
  };
}
