import { describe, expect, it } from 'vitest';
import { allowedAuthorizeUrl, allowedExternalUrl } from './external-links.ts';

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

describe('allowedAuthorizeUrl', () => {
  const project = 'https://abcdefghijklmnop.supabase.co';
  it('allows the project’s own /auth/v1/authorize only', () => {
    const url = `${project}/auth/v1/authorize?provider=github&code_challenge=x`;
    expect(allowedAuthorizeUrl(url, project)).toBe(url);
    expect(
      allowedAuthorizeUrl('http://127.0.0.1:54321/auth/v1/authorize?p=1', 'http://127.0.0.1:54321'),
    ).toBe('http://127.0.0.1:54321/auth/v1/authorize?p=1');
    for (const bad of [
      'https://evil.example/auth/v1/authorize',
      `${project}/auth/v1/verify`,
      `${project}/auth/v1/authorize/extra`,
      'https://abcdefghijklmnop.supabase.co.evil.example/auth/v1/authorize',
      'https://x@abcdefghijklmnop.supabase.co/auth/v1/authorize',
      'http://abcdefghijklmnop.supabase.co/auth/v1/authorize',
      `${project}/auth/v1/authorize#x`,
      'not a url',
    ]) {
      expect(allowedAuthorizeUrl(bad, project)).toBeNull();
    }
  });
  it('is not something a page can open', () => {
    expect(allowedExternalUrl(`${project}/auth/v1/authorize?provider=github`)).toBeNull();
  });
});
