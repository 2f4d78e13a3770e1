/*
 * The typed confirmation of a delete compares names as a person reads them: a name typed on
 * another keyboard (a composed "é" against "e" + combining accent, a full-width letter, an
 * en dash for a hyphen, other capitals, extra spaces) still confirms it. NFKC folds compatibility
 * forms (https://unicode.org/reports/tr15/); toLocaleLowerCase with no locale plus toUpperCase
 * round-trip stands in for case folding (ß → SS → ss, like Unicode full case folding).
 */

/** Every Unicode dash (Pd) and the minus sign, read as the ASCII hyphen. */
const DASHES = /[\p{Pd}\u2212]/gu;

export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(DASHES, '-')
    .toUpperCase()
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether `typed` names `name` (see normalizeName); an empty entry never matches. */
export function namesMatch(typed: string, name: string): boolean {
  const wanted = normalizeName(name);
  return wanted !== '' && normalizeName(typed) === wanted;
}
