import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeepLinkRefusal } from './auth-callback-url.ts';
import { MAX_DEEP_LINK_LENGTH, parseAuthCallbackUrl } from './auth-callback-url.ts';
import { deepLinkFromArgv } from './deep-link-argv.ts';
import { DeepLinkInbox } from './deep-link-inbox.ts';
import { registerProtocolClient } from './protocol-client.ts';

const CODE = '0b6f1f5e-4c1f-4f0e-9d47-2d3f7c1a9e10';

describe('parseAuthCallbackUrl: what it accepts', () => {
  it.each([
    `aterges://auth/callback?code=${CODE}`,
    `ATERGES://auth/callback?code=${CODE}`,
    `aterges://auth/callback/?code=${CODE}`,
  ])('a code from Auth’s PKCE redirect: %s', (url) => {
    expect(parseAuthCallbackUrl(url)).toEqual({ ok: true, callback: { kind: 'code', code: CODE } });
  });

  it('Auth’s error redirect of the PKCE flow (query and fragment), keeping only the codes', () => {
    const url =
      'aterges://auth/callback?error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired' +
      '#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired';
    expect(parseAuthCallbackUrl(url)).toEqual({
      ok: true,
      callback: { kind: 'error', errorCode: 'otp_expired', error: 'access_denied' },
    });
  });

  it('Auth’s error redirect of the implicit flow (fragment only)', () => {
    expect(
      parseAuthCallbackUrl('aterges://auth/callback#error=access_denied&error_code=otp_expired'),
    ).toEqual({
      ok: true,
      callback: { kind: 'error', errorCode: 'otp_expired', error: 'access_denied' },
    });
  });

  it('an error code that is not a plain code word is dropped, not passed on', () => {
    for (const errorCode of ['<img src=x>', 'Bitte+hier+klicken', 'a'.repeat(65), 'OTP_EXPIRED']) {
      expect(
        parseAuthCallbackUrl(
          `aterges://auth/callback?error=access_denied&error_code=${encodeURIComponent(errorCode)}`,
        ),
      ).toEqual({ ok: true, callback: { kind: 'error', errorCode: null, error: 'access_denied' } });
    }
  });
});

describe('parseAuthCallbackUrl: hostile and wrong input', () => {
  it.each<[unknown, DeepLinkRefusal]>([
    [undefined, 'not_text'],
    [42, 'not_text'],
    [{ toString: () => `aterges://auth/callback?code=${CODE}` }, 'not_text'],
    [
      `aterges://auth/callback?code=${CODE}&error_description=${'x'.repeat(MAX_DEEP_LINK_LENGTH)}`,
      'too_long',
    ],
    ['', 'not_a_url'],
    ['aterges:', 'wrong_target'],
    [`aterges://auth/callback?code=${CODE} `, 'not_a_url'],
    [`aterges://auth/callback?code=${CODE}\n`, 'not_a_url'],
    [`aterges:\\\\auth\\callback?code=${CODE}`, 'not_a_url'],
    [`https://auth/callback?code=${CODE}`, 'wrong_scheme'],
    [`javascript://auth/callback?code=${CODE}`, 'wrong_scheme'],
    [`aterges-evil://auth/callback?code=${CODE}`, 'wrong_scheme'],
    [`aterges://user:pass@auth/callback?code=${CODE}`, 'credentials_in_link'],
    [`aterges://user@auth/callback?code=${CODE}`, 'credentials_in_link'],
    [`aterges://auth:443/callback?code=${CODE}`, 'wrong_target'],
    [`aterges://evil/callback?code=${CODE}`, 'wrong_target'],
    [`aterges://auth.evil.example/callback?code=${CODE}`, 'wrong_target'],
    [`aterges://auth/callback/extra?code=${CODE}`, 'wrong_target'],
    [`aterges://auth/Callback?code=${CODE}`, 'wrong_target'],
    [`aterges://auth/%63allback?code=${CODE}`, 'wrong_target'],
    [`aterges:auth/callback?code=${CODE}`, 'wrong_target'],
    [`aterges:///auth/callback?code=${CODE}`, 'wrong_target'],
    [`aterges://integrations/delete?id=${CODE}`, 'wrong_target'],
    [
      'aterges://auth/callback#access_token=eyJ&refresh_token=r&expires_in=3600&type=signup',
      'session_in_link',
    ],
    ['aterges://auth/callback?access_token=eyJ&refresh_token=r', 'session_in_link'],
    [`aterges://auth/callback?code=${CODE}#provider_token=t`, 'session_in_link'],
    [
      `aterges://auth/callback?code=${CODE}&redirect_to=https://evil.example`,
      'unexpected_parameter',
    ],
    [`aterges://auth/callback?code=${CODE}&sb_flow_id=abcdefgh`, 'unexpected_parameter'],
    [
      `aterges://auth/callback?code=${CODE}&supabaseUrl=https://evil.example`,
      'unexpected_parameter',
    ],
    [`aterges://auth/callback?code=${CODE}#code=${CODE}`, 'unexpected_parameter'],
    ['aterges://auth/callback#message=Confirmation+link+accepted', 'unexpected_parameter'],
    [`aterges://auth/callback?code=${CODE}&code=${CODE}`, 'repeated_parameter'],
    [`aterges://auth/callback?code=${CODE}&code=other-code-1234`, 'repeated_parameter'],
    ['aterges://auth/callback?error=a&error=b', 'repeated_parameter'],
    ['aterges://auth/callback?code=', 'malformed_code'],
    ['aterges://auth/callback?code=short', 'malformed_code'],
    [`aterges://auth/callback?code=${'a'.repeat(257)}`, 'malformed_code'],
    ['aterges://auth/callback?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'malformed_code'],
    ['aterges://auth/callback?code=abc%00defghijk', 'malformed_code'],
    [`aterges://auth/callback?code=${CODE}&error=access_denied`, 'code_and_error'],
    [`aterges://auth/callback?code=${CODE}#error=access_denied`, 'code_and_error'],
    ['aterges://auth/callback', 'nothing_to_do'],
    ['aterges://auth/callback?', 'nothing_to_do'],
    ['aterges://auth/callback?error_description=Haz+clic+aqui', 'nothing_to_do'],
  ])('%j → %s', (input, refusal) => {
    expect(parseAuthCallbackUrl(input)).toEqual({ ok: false, refusal });
  });
});

describe('deepLinkFromArgv', () => {
  it('finds the link among Chromium’s switches (Windows/Linux second launch)', () => {
    expect(
      deepLinkFromArgv([
        'C:\\Program Files\\Aterges Desktop\\Aterges Desktop.exe',
        '--allow-file-access-from-files',
        `aterges://auth/callback?code=${CODE}`,
      ]),
    ).toBe(`aterges://auth/callback?code=${CODE}`);
    expect(deepLinkFromArgv(['/opt/aterges', `ATERGES://auth/callback?code=${CODE}`])).toBe(
      `ATERGES://auth/callback?code=${CODE}`,
    );
  });

  it('finds nothing in an ordinary launch', () => {
    expect(deepLinkFromArgv(['/usr/bin/electron', '.', '--inspect'])).toBeNull();
    expect(deepLinkFromArgv(['/opt/aterges', 'https://auth/callback?code=x'])).toBeNull();
  });
});

describe('DeepLinkInbox', () => {
  it('keeps links that arrive before main is ready and delivers them in order', () => {
    const errors: unknown[] = [];
    const inbox = new DeepLinkInbox((error) => errors.push(error));
    inbox.receive('one');
    inbox.receive('two');
    const delivered: string[] = [];
    inbox.deliverTo((url) => {
      delivered.push(url);
      return Promise.resolve();
    });
    inbox.receive('three');
    expect(delivered).toEqual(['one', 'two', 'three']);
    expect(errors).toEqual([]);
  });

  it('keeps only the last few while waiting, and reports a failed handler', async () => {
    const errors: unknown[] = [];
    const inbox = new DeepLinkInbox((error) => errors.push(error));
    for (let i = 0; i < 100; i++) inbox.receive(`link-${i}`);
    const delivered: string[] = [];
    inbox.deliverTo((url) => {
      delivered.push(url);
      return Promise.reject(new Error('boom'));
    });
    expect(delivered).toEqual(['link-96', 'link-97', 'link-98', 'link-99']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors).toHaveLength(4);
  });
});

describe('registerProtocolClient', () => {
  const recorder = () => {
    const calls: unknown[][] = [];
    return {
      calls,
      setAsDefaultProtocolClient: (...args: unknown[]) => {
        calls.push(args);
        return true;
      },
    };
  };

  it('a packaged app registers itself', () => {
    const app = recorder();
    registerProtocolClient(app, {
      execPath: '/opt/aterges/aterges-desktop',
      argv: ['/opt/aterges/aterges-desktop'],
    });
    expect(app.calls).toEqual([['aterges']]);
  });

  it('in development the OS is told to start Electron with the app’s script', () => {
    const app = recorder();
    registerProtocolClient(app, {
      defaultApp: true,
      execPath: '/repo/node_modules/electron/dist/electron',
      argv: ['/repo/node_modules/electron/dist/electron', 'out/main/index.js'],
    });
    expect(app.calls).toEqual([
      ['aterges', '/repo/node_modules/electron/dist/electron', [resolve('out/main/index.js')]],
    ]);
  });
});
