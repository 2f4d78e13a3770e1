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

/**
 * The one URL an OAuth sign-in may open in the system browser: the current project's own
 * `/auth/v1/authorize`, as supabase-js made it (signInWithOAuth with skipBrowserRedirect). Used by
 * main's OAuth flow only, never for a page's request (`allowedExternalUrl` does not allow it), so
 * the page cannot send the user to a look-alike sign-in. The project URL's own scheme is kept (a
 * local development project is plain http on 127.0.0.1). Returns the normalized URL or null.
 */
export function allowedAuthorizeUrl(candidate: string, supabaseUrl: string): string | null {
  let url: URL;
  let project: URL;
  try {
    url = new URL(candidate);
    project = new URL(supabaseUrl);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '' || url.hash !== '') return null;
  if (url.origin !== project.origin || url.pathname !== '/auth/v1/authorize') return null;
  return url.href;
}
