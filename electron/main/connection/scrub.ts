/*
 * Removes credential material from text before it can reach a result, a status message or a log.
 *
 * Providers echo parts of what they were sent: OpenAI's 401 repeats the key's prefix and last four
 * characters ("Incorrect API key provided: sk-proj-****abcd"), and an error body or proxy page can
 * quote anything. So any run of text that matches a fragment of a secret at least `minLength`
 * characters long (default 4, the size of OpenAI's echo) is replaced, plus patterns that look like
 * secrets whatever their origin (PEM blocks, OpenAI keys, JWTs). Over-redacting a word that happens
 * to occur in a random secret is the accepted price.
 */

export const REDACTED = '[redacted]';
export const DEFAULT_MIN_FRAGMENT = 4;

const SECRET_PATTERNS: readonly RegExp[] = [
  // Whole PEM blocks (private keys, certificates).
  /-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(-----END [A-Z0-9 ]+-----|$)/g,
  // OpenAI keys, including the masked form the API echoes (`sk-proj-*****abcd`, `sk-…abcd`).
  /\bsk-[A-Za-z0-9_*.…-]{2,}/g,
  // JSON Web Tokens (access tokens, assertions).
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(\.[A-Za-z0-9_-]*)?/g,
];

const PEM_ARMOR = /-----(BEGIN|END) [A-Z0-9 ]+-----/g;

/**
 * The strings to look for, from a credential's secret values: a PEM key contributes its base64
 * body (without the public armor lines, which would otherwise redact words like "PRIVATE").
 */
export function secretMaterial(values: readonly string[]): string[] {
  const material: string[] = [];
  for (const value of values) {
    if (value.includes('-----BEGIN ')) {
      const body = value.replace(PEM_ARMOR, ' ');
      // Keys pasted from JSON may carry literal "\n" sequences instead of newlines.
      const pieces = body.split(/\s+|\\n/).filter(Boolean);
      material.push(...pieces, pieces.join(''));
    } else {
      material.push(value);
    }
  }
  return material.filter((piece) => piece.length > 0);
}

/** Replaces every run of `text` covered by a fragment (≥ minLength chars) of a secret. */
export function redactFragments(
  text: string,
  secrets: readonly string[],
  minLength = DEFAULT_MIN_FRAGMENT,
): string {
  const grams = fragmentSet(secretMaterial(secrets), minLength);
  if (grams.size === 0 || text.length < minLength) return text;
  const covered = new Uint8Array(text.length);
  for (let i = 0; i + minLength <= text.length; i += 1) {
    // Any longer common substring is the union of its minLength-long windows.
    if (grams.has(text.slice(i, i + minLength))) covered.fill(1, i, i + minLength);
  }
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (covered[i]) {
      while (i < text.length && covered[i]) i += 1;
      out += REDACTED;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

/** Secret-looking patterns (whole tokens, so masked echoes go too), then secret fragments. */
export function scrubSecrets(
  text: string,
  secrets: readonly string[],
  minLength = DEFAULT_MIN_FRAGMENT,
): string {
  let scrubbed = text;
  for (const pattern of SECRET_PATTERNS) scrubbed = scrubbed.replace(pattern, REDACTED);
  return redactFragments(scrubbed, secrets, minLength);
}

/** True when `text` contains a fragment (≥ minLength chars) of a secret. */
export function containsSecretFragment(
  text: string,
  secrets: readonly string[],
  minLength = DEFAULT_MIN_FRAGMENT,
): boolean {
  const grams = fragmentSet(secretMaterial(secrets), minLength);
  for (let i = 0; i + minLength <= text.length; i += 1) {
    if (grams.has(text.slice(i, i + minLength))) return true;
  }
  return false;
}

/** A scrubber bound to one credential's secrets. */
export function createScrubber(secrets: readonly string[]): (text: string) => string {
  return (text) => scrubSecrets(text, secrets);
}

function fragmentSet(material: readonly string[], minLength: number): Set<string> {
  const grams = new Set<string>();
  for (const piece of material) {
    for (let i = 0; i + minLength <= piece.length; i += 1) grams.add(piece.slice(i, i + minLength));
  }
  return grams;
}
