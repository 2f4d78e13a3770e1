/*
 * The hint shown under a secret field while the person types or pastes (issue #14 §6): the first
 * and last few characters and the length, so a truncated paste is visible without revealing the
 * key. Computed here from the field's own value: it never comes from main. Short values get no
 * hint, since 3 + 4 characters of a short secret would be most of it.
 */

export interface LiveSecretHint {
  start: string;
  end: string;
  count: number;
}

export const HINT_MIN_LENGTH = 12;

export function liveSecretHint(value: string | undefined): LiveSecretHint | null {
  const text = value?.trim() ?? '';
  const characters = [...text];
  if (characters.length < HINT_MIN_LENGTH) return null;
  return {
    start: `${characters.slice(0, 3).join('')}…`,
    end: `…${characters.slice(-4).join('')}`,
    count: characters.length,
  };
}
