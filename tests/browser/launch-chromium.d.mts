import type { Browser } from 'playwright-core';

/** Types for the TypeScript benchmark (scripts/bench-browser.ts) that shares this launcher. */
export function launchChromium(): Promise<Browser>;
