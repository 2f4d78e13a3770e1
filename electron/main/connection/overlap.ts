/*
 * Whether a piece of text shares a run of characters with a secret or with something a request
 * carried. Used to DROP text whole, never to redact part of it: showing the rest of a text with
 * the matching run cut out tells whoever chose the text where the secret matched (issue #9: a page
 * recovered a key one 4-gram at a time from redacted provider error messages).
 */

export const DEFAULT_MIN_FRAGMENT = 4;

const PEM_ARMOR = /-----(BEGIN|END) [A-Z0-9 ]+-----/g;

/**
 * The strings to compare with, from secret values: a PEM key contributes its base64 body (without
 * the public armor lines, which would otherwise match words like "PRIVATE").
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

/** True when `text` contains a run of `minLength` or more characters of one of `values`. */
export function overlapsAny(
  text: string,
  values: readonly string[],
  minLength = DEFAULT_MIN_FRAGMENT,
): boolean {
  const grams = new Set<string>();
  for (const piece of secretMaterial(values)) {
    for (let i = 0; i + minLength <= piece.length; i += 1) grams.add(piece.slice(i, i + minLength));
  }
  for (let i = 0; i + minLength <= text.length; i += 1) {
    if (grams.has(text.slice(i, i + minLength))) return true;
  }
  return false;
}

/** Every string a test request may carry: each string leaf of the credentials and the config. */
export function sentValuesOf(...sources: unknown[]): string[] {
  const values: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      if (value.trim() !== '') values.push(value);
    } else if (typeof value === 'object' && value !== null && depth < 8) {
      for (const child of Object.values(value)) visit(child, depth + 1);
    }
  };
  for (const source of sources) visit(source, 0);
  return values;
}
