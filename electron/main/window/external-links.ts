/**
 * Pages the app may open in the system browser: the consoles where users create the keys they
 * bring, and Supabase. Anything else is refused, whatever the renderer asks.
 * https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content
 */
const ALLOWED_ORIGINS = new Set([
  'https://supabase.com',
  'https://platform.openai.com',
  'https://console.aws.amazon.com',
  'https://docs.aws.amazon.com',
  'https://portal.azure.com',
  'https://learn.microsoft.com',
  'https://console.cloud.google.com',
  'https://cloud.google.com',
  'https://github.com',
]);

export function isAllowedExternalUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return (
      url.protocol === 'https:' &&
      url.username === '' &&
      url.password === '' &&
      ALLOWED_ORIGINS.has(url.origin)
    );
  } catch {
    return false;
  }
}
