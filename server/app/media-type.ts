/**
 * Whether a Content-Type header names JSON: the media type before any
 * parameters, compared case-blind (RFC 9110 §8.3.1). A substring test would
 * take "text/plain; charset=application/json", which a page on another site
 * can send without a preflight.
 */
export function isJsonMediaType(header: string | undefined | null): boolean {
  if (!header) return false;
  const essence = header.split(';', 1)[0]!.trim().toLowerCase();
  return essence === 'application/json';
}
