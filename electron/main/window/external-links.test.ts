import { describe, expect, it } from 'vitest';
import { allowedExternalUrl } from './external-links.ts';

describe('allowedExternalUrl', () => {
  it.each([
    ['https://supabase.com/dashboard', 'https://supabase.com/dashboard'],
    ['https://platform.openai.com/api-keys', 'https://platform.openai.com/api-keys'],
    [
      'https://github.com/aterges/aterges-desktop/releases',
      'https://github.com/aterges/aterges-desktop/releases',
    ],
  ])('opens %s as its normalized form', (input, expected) => {
    expect(allowedExternalUrl(input)).toBe(expected);
  });

  it.each([
    'http://supabase.com/dashboard',
    'https://supabase.com.evil.example/',
    'https://user:pass@supabase.com/',
    'https://github.com/someone-else/phish',
    'https://github.com\\@evil.example/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (input) => {
    expect(allowedExternalUrl(input)).toBeNull();
  });
});
