/**
 * Characters that text typed by a person never needs and that make two
 * strings look alike while they differ: control characters (NUL among them,
 * which PostgreSQL cannot store at all), zero-width and other invisible
 * format characters, bidirectional overrides and isolates (which make text
 * read in another order than it is stored), and halves of a surrogate pair.
 */
const CONTROL = /\p{Cc}/u;
/** Every invisible format character (zero-width space, joiners, BOM, bidi controls, soft hyphen…). */
const INVISIBLE = /\p{Cf}/u;
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** In a `u` regular expression a well-formed pair is one code point, so this finds only a lone half. */
const LONE_SURROGATE = /\p{Cs}/u;
/** Joiners that some scripts and emoji sequences need inside a name. */
const NAME_JOINERS = /[\u200c\u200d]/gu;

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

/** For addresses: nothing invisible at all, since a hidden character makes a look-alike second address. */
export function hasHiddenCharacter(text: string): boolean {
  return hasControlCharacter(text) || INVISIBLE.test(text);
}

/** For names: no control, bidirectional or invisible characters, but the joiners that scripts need. */
export function hasHiddenNameCharacter(text: string): boolean {
  return hasControlCharacter(text) || BIDI_CONTROL.test(text) || INVISIBLE.test(text.replace(NAME_JOINERS, ''));
}
