import { z } from 'zod/mini';

const envSchema = z.object({
  VITE_API_BASE_URL: z.optional(
    z.pipe(
      z.pipe(
        z.string().check(z.trim()),
        z.transform((value) => value.replace(/\/+$/, '')),
      ),
      z.union([z.literal(''), z.url({ message: 'VITE_API_BASE_URL must be an absolute URL or empty' })]),
    ),
  ),
});

/** What the live server writes into index.html (server/node/static-site.ts). */
const runtimeSchema = z.catch(z.optional(z.object({ mode: z.literal('live') })), undefined);

declare global {
  interface Window {
    __MCC_CONFIG__?: unknown;
  }
}

/**
 * Configuration, read once and checked. One build serves both modes: the
 * live server tells the console at run time that it is live (same origin);
 * a build with VITE_API_BASE_URL is live against that URL; anything else
 * (vite dev, vite preview, a static host, the tests) is the demo.
 */
function readConfig() {
  const env = envSchema.parse(import.meta.env);
  const runtime = runtimeSchema.parse(typeof window === 'undefined' ? undefined : window.__MCC_CONFIG__);
  const apiBaseUrl = env.VITE_API_BASE_URL ?? '';
  const live = apiBaseUrl !== '' || runtime?.mode === 'live';
  return { apiBaseUrl, demoMode: !live } as const;
}

export const config = readConfig();
