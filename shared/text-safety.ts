/**
 * Characters a name must not hold because they are invisible or change the direction of the text
 * around them: a bidirectional override (U+202E makes "gpj.exe" read "exe.jpg"), an isolate, a
 * zero-width or word joiner, a byte-order mark, and every other Unicode format character (Cf), plus
 * the control characters and the line and paragraph separators. With them one name can be made to
 * look like another in a dialog or in the delete confirmation. The database refuses the same set
 * (`private.has_invisible_characters`; test/db/name-characters.test.ts compares the two).
 *
 * The price: emoji joined with U+200D and Persian text with U+200C are refused as well.
 */
export const INVISIBLE_CHARACTER = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export function hasInvisibleCharacters(text: string): boolean {
  return INVISIBLE_CHARACTER.test(text);
}
