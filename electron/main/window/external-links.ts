import { PROVIDER_DOCS_LINKS } from '../../../shared/providers/registry.ts';

/**
 * Pages the app may open in the system browser: the consoles where users create the keys they
 * bring, and Supabase. Anything else is refused, whatever the renderer asks.
 * https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content
 */
const ALLOWED_PREFIXES = [
  'https://supabase.com/',
  // Each provider's descriptor lists its own pages.
  ...PROVIDER_DOCS_LINKS,
  // The project's own pages only, not every repository on GitHub.
  'https://github.com/aterges/',
];

/**
 * The URL to hand to `shell.openExternal`, normalized, or null when it is not allowed. Callers
 * open the returned string, never the input: `new URL` may read the input differently from the
 * OS (e.g. `https://github.com\@evil.example/`), and the normalized form is what was checked.
 */
export function allowedExternalUrl(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  const href = url.href;
  return ALLOWED_PREFIXES.some((prefix) => href.startsWith(prefix)) ? href : null;
}
