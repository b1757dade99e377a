import { z } from 'zod';

const envSchema = z.object({
  VITE_API_BASE_URL: z
    .string()
    .trim()
    .transform((value) => value.replace(/\/+$/, ''))
    .pipe(z.union([z.literal(''), z.url({ message: 'VITE_API_BASE_URL must be an absolute URL or empty' })]))
    .optional(),
});

/**
 * Configuration, read once and checked. No API base URL means demo mode:
 * the console then runs on the mock API in the browser.
 */
function readConfig() {
  const env = envSchema.parse(import.meta.env);
  const apiBaseUrl = env.VITE_API_BASE_URL ?? '';
  return { apiBaseUrl, demoMode: apiBaseUrl === '' } as const;
}

export const config = readConfig();
