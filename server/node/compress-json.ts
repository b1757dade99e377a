import type { MiddlewareHandler } from 'hono';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Under about a kilobyte the bytes saved are fewer than the time and headers compression costs. */
export const JSON_COMPRESSION_THRESHOLD = 1024;
/**
 * Up to here an answer is compressed on the event loop. zlib's asynchronous form runs a stream and a hop to the
 * thread pool per answer: for a board page of 60 accounts (29.6 KB) at brotli quality 4 it cost 0.55–0.69 ms of
 * CPU where the synchronous call costs 0.24–0.29 ms (gzip 6: 0.65–0.74 against 0.19–0.28; one process, 300 calls
 * each), and on two cores that CPU is what the other requests wait for. Larger answers, rare, go to the thread pool
 * so that none holds the loop for long. (Brotli quality 1 would take 0.08 ms, for 4,329 bytes instead of 3,493.)
 */
const COMPRESS_ON_LOOP_BELOW = 64 * 1024;

function brotliOptions(body: Uint8Array): BrotliOptions {
  return { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } };
}

async function compress(body: Uint8Array, encoding: 'br' | 'gzip'): Promise<Uint8Array> {
  const onLoop = body.byteLength < COMPRESS_ON_LOOP_BELOW;
  if (encoding === 'br')
    return onLoop ? brotliCompressSync(body, brotliOptions(body)) : brotliAsync(body, brotliOptions(body));
  return onLoop ? gzipSync(body, { level: 6 }) : gzipAsync(body, { level: 6 });
}

function accepts(acceptEncoding: string | undefined, encoding: string): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    return name === encoding && !(q && Number(q.slice(2)) === 0);
  });
}

/**
 * Compresses JSON answers of the API at or above `threshold` bytes: a board
 * page of 60 accounts shrinks about tenfold. Brotli at a low quality is both
 * faster and smaller than gzip for JSON; gzip for browsers without it.
 */
export function compressJson(threshold = JSON_COMPRESSION_THRESHOLD): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    // Headers first: reading res.body turns the Node server's light answer into a streamed one.
    if (c.req.method === 'HEAD' || res.headers.has('Content-Encoding')) return;
    if (!/^application\/(?:problem\+)?json/.test(res.headers.get('Content-Type') ?? '')) return;
    const vary = res.headers.get('Vary');
    const varies = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
    const acceptEncoding = c.req.header('Accept-Encoding');
    const accepted = accepts(acceptEncoding, 'br') ? 'br' : accepts(acceptEncoding, 'gzip') ? 'gzip' : null;
    if (!accepted) {
      // Nothing to compress for this client: the answer goes as it is, without reading and copying its body.
      try {
        res.headers.set('Vary', varies);
        return;
      } catch {
        // Immutable headers (a fetched Response): copied below.
      }
    }
    if (!res.body) return;
    const headers = new Headers(res.headers);
    headers.set('Vary', varies);
    const body = new Uint8Array(await res.arrayBuffer());
    const encoding = body.byteLength < threshold ? null : accepted;
    const sent = encoding ? await compress(body, encoding) : body;
    if (encoding) headers.set('Content-Encoding', encoding);
    headers.delete('Content-Length');
    c.res = undefined;
    c.res = new Response(sent as Uint8Array<ArrayBuffer>, { status: res.status, statusText: res.statusText, headers });
  };
}
