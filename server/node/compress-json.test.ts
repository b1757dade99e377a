import { Hono } from 'hono';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressJson } from './compress-json';

/** An answer of about `bytes` bytes of JSON. */
function answerOf(bytes: number) {
  return { items: Array.from({ length: Math.ceil(bytes / 40) }, (_, index) => ({ accountNumber: 100_000 + index })) };
}

const app = new Hono();
app.use(compressJson());
app.get('/:bytes', (c) => c.json(answerOf(Number(c.req.param('bytes')))));

describe('compressJson', () => {
  // 2 KB is compressed on the event loop, 200 KB on the thread pool: both must give back the very same JSON.
  it.each([
    ['br', 2_000, brotliDecompressSync],
    ['br', 200_000, brotliDecompressSync],
    ['gzip', 2_000, gunzipSync],
    ['gzip', 200_000, gunzipSync],
  ] as const)('answers %s for %i bytes with the JSON intact', async (encoding, bytes, decompress) => {
    const response = await app.request(`/${bytes}`, { headers: { 'Accept-Encoding': encoding } });
    expect(response.headers.get('Content-Encoding')).toBe(encoding);
    const sent = Buffer.from(await response.arrayBuffer());
    expect(sent.byteLength).toBeLessThan(JSON.stringify(answerOf(bytes)).length / 2);
    expect(JSON.parse(decompress(sent).toString('utf8'))).toEqual(answerOf(bytes));
  });

  it('leaves an answer under the threshold as it is', async () => {
    const response = await app.request('/200', { headers: { 'Accept-Encoding': 'br' } });
    expect(response.headers.get('Content-Encoding')).toBeNull();
    expect(await response.json()).toEqual(answerOf(200));
  });
});
