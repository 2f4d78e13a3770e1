/// <reference lib="dom" />
import type { Page } from '@playwright/test';

/*
 * Finds English left in a Spanish screen: every visible text node and every accessible text
 * (aria-label, title, placeholder, alt) is searched for common English words that are not also
 * Spanish. Product and provider names are proper nouns and pass; so does what the user typed
 * (inputs' values are not read), command lines in <code>/<pre>/<kbd>, and examples of a file's
 * content (a placeholder showing a key file's JSON).
 */

const ENGLISH_WORDS = (
  'the and your you with was were has have failed please could would should this that saved ' +
  'save cancel settings sign password connection connected verifying disabled loading test ' +
  'tested key keys account new add delete remove rotate works working failing wrong unknown ' +
  'retry back done name provider last never ago seconds minutes found not of to is are for ' +
  'from by it an or at be here more show hide copy copied used created expired session ' +
  'offline online integration integrations rejected allowed denied request'
).split(' ');

// A word stands alone: not inside a token joined by dots, hyphens, @ or slashes (an e-mail, a
// host name, a service account, a path), which is data, not words.
const ENGLISH = new RegExp(
  `(?:^|[^\\p{L}\\p{N}_@/.-])(${ENGLISH_WORDS.join('|')})(?=$|[^\\p{L}\\p{N}_@/.-]|[.-](?![\\p{L}\\p{N}]))`,
  'iu',
);

/** The texts on the page that read as English, each with the word that gave it away. */
export async function englishOnPage(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const skipped = (element: Element | null) =>
      !element || element.closest('code, pre, kbd, script, style, [hidden], [aria-hidden="true"]');
    const visible = (element: Element) => {
      const box = (element as HTMLElement).getBoundingClientRect?.();
      return !box || box.width > 0 || box.height > 0;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (text && parent && !skipped(parent) && visible(parent)) found.push(text);
    }
    for (const element of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt]',
    )) {
      if (skipped(element)) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(attribute)?.trim();
        if (value) found.push(value);
      }
    }
    return found;
  });
  return texts
    .filter((text) => !/^[{[]/.test(text) && ENGLISH.test(text))
    .map((text) => `${ENGLISH.exec(text)?.[1]}: ${text}`);
}
