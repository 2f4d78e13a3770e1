import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  englishIssue,
  connectionSettingsSchema,
  resolvedSettingsSchema,
  supabaseAnonKeySchema,
  supabaseUrlSchema,
  uiPreferencesSchema,
} from './app-settings.ts';
import { supabaseOriginOf } from './supabase-connection-issues.ts';
import { classifySupabaseKey } from './supabase-key-kind.ts';

/** An unsigned JWT with the given payload: the schemas only read the payload's claims. */
function jwt(payload: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJl`;
}

const ANON = jwt({ iss: 'supabase', ref: 'abcdefghijklmnop', role: 'anon', exp: 2_000_000_000 });
// Canary: a service_role key that must never be accepted nor echoed back in an error.
const SERVICE_ROLE = jwt({
  iss: 'supabase',
  ref: 'abcdefghijklmnop',
  role: 'service_role',
  canary: 'svc-canary-5b1f',
});
const SECRET = 'sb_secret_CANARY9f3c7e21d0aa4b6c8e';
const PUBLISHABLE = 'sb_publishable_Zq2W8xR4yT6uI0oP_aBcDe';

function reasonOf(result: z.ZodSafeParseResult<unknown>): unknown {
  return result.success
    ? null
    : (result.error.issues[0] as { params?: { reason?: string } }).params?.reason;
}

describe('supabaseUrlSchema', () => {
  it.each([
    ['https://abcdefghijklmnop.supabase.co', 'https://abcdefghijklmnop.supabase.co'],
    ['https://abcdefghijklmnop.supabase.co/', 'https://abcdefghijklmnop.supabase.co'],
    ['https://db.example.com', 'https://db.example.com'],
    ['http://127.0.0.1:54321', 'http://127.0.0.1:54321'],
    ['http://localhost:54321/', 'http://localhost:54321'],
    ['http://[::1]:54321', 'http://[::1]:54321'],
  ])('accepts %j as %j', (input, expected) => {
    expect(supabaseUrlSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'required'],
    ['abcdefghijklmnop.supabase.co', 'invalid_url'],
    ['http://abcdefghijklmnop.supabase.co', 'insecure_url'],
    ['http://192.168.1.10:54321', 'insecure_url'],
    ['http://localhost.evil.example', 'insecure_url'],
    ['ftp://example.com', 'invalid_url'],
    ['https://user:pass@abcdefghijklmnop.supabase.co', 'url_has_credentials'],
    ['https://abcdefghijklmnop.supabase.co/rest/v1', 'url_not_project_root'],
    ['https://abcdefghijklmnop.supabase.co?x=1', 'url_not_project_root'],
    ['https://abcdefghijklmnop.supabase.co#top', 'url_not_project_root'],
    // The parser drops tabs and line breaks: the text would read as one host and reach another.
    [`https://userproject.supabase.co${'\n'.repeat(30)}.attacker.example`, 'url_not_normalized'],
    ['https://userproject.supabase.co\t.attacker.example', 'url_not_normalized'],
    ['https://userproject.supabase.co\r\n.attacker.example/', 'url_not_normalized'],
    ['https://user\nproject.supabase.co', 'url_not_normalized'],
    ['  https://abcdefghijklmnop.supabase.co', 'url_not_normalized'],
    ['https://abcdefghijklmnop.supabase.co ', 'url_not_normalized'],
    ['https://ABCDEFGHIJKLMNOP.supabase.co', 'url_not_normalized'],
    ['HTTPS://abcdefghijklmnop.supabase.co', 'url_not_normalized'],
    ['https://abcdefghijklmnop.supabase.co:443', 'url_not_normalized'],
    ['https://bücher.example', 'url_not_normalized'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(reasonOf(supabaseUrlSchema.safeParse(input))).toBe(reason);
  });

  it('says where the app would really connect, for the page to show before saving', () => {
    expect(
      supabaseOriginOf(`https://userproject.supabase.co${'\n'.repeat(30)}.attacker.example`),
    ).toBe('https://userproject.supabase.co.attacker.example');
    expect(supabaseOriginOf('https://abcdefghijklmnop.supabase.co/')).toBe(
      'https://abcdefghijklmnop.supabase.co',
    );
    expect(supabaseOriginOf('ftp://example.com')).toBeNull();
    expect(supabaseOriginOf('not a url')).toBeNull();
  });
});

describe('supabaseAnonKeySchema', () => {
  it('accepts an anon JWT and a publishable key', () => {
    expect(supabaseAnonKeySchema.parse(` ${ANON} `)).toBe(ANON);
    expect(supabaseAnonKeySchema.parse(PUBLISHABLE)).toBe(PUBLISHABLE);
  });

  it('refuses a service_role JWT by its role claim, with a message that says why', () => {
    const result = supabaseAnonKeySchema.safeParse(SERVICE_ROLE);
    expect(reasonOf(result)).toBe('service_role_key');
    // The page gets a key to word; build tools and logs the English sentence.
    expect(result.error?.issues[0]?.message).toBe('project_key_service_role');
    expect(englishIssue(result.error!.issues[0]!)).toMatch(
      /service_role key.*bypasses Row Level Security/,
    );
    expect(JSON.stringify(result.error?.issues)).not.toContain('svc-canary-5b1f');
    expect(JSON.stringify(result.error?.issues)).not.toContain(SERVICE_ROLE);
  });

  it('refuses an sb_secret_ key without echoing it', () => {
    const result = supabaseAnonKeySchema.safeParse(SECRET);
    expect(reasonOf(result)).toBe('secret_key');
    expect(result.error?.issues[0]?.message).toBe('project_key_secret');
    expect(englishIssue(result.error!.issues[0]!)).toMatch(/secret key \(sb_secret_…\)/);
    expect(JSON.stringify(result.error?.issues)).not.toContain('CANARY9f3c7e21d0aa4b6c8e');
  });

  it.each([
    ['', 'required'],
    [jwt({ role: 'authenticated' }), 'wrong_key_role'],
    [jwt({ iss: 'supabase' }), 'wrong_key_role'],
    ['eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.sig', 'not_a_supabase_key'],
    ['sk-proj-openai-looking-key', 'not_a_supabase_key'],
    ['sb_publishable_', 'not_a_supabase_key'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(reasonOf(supabaseAnonKeySchema.safeParse(input))).toBe(reason);
  });

  it('classifies keys by shape and JWT role', () => {
    expect(classifySupabaseKey(ANON)).toEqual({
      kind: 'jwt',
      role: 'anon',
      ref: 'abcdefghijklmnop',
    });
    expect(classifySupabaseKey(SECRET)).toEqual({ kind: 'secret' });
    expect(classifySupabaseKey(PUBLISHABLE)).toEqual({ kind: 'publishable' });
    expect(classifySupabaseKey('nope')).toEqual({ kind: 'unknown' });
  });
});

describe('connectionSettingsSchema', () => {
  it('accepts a matching URL and key and refuses unknown fields', () => {
    const connection = {
      supabaseUrl: 'https://abcdefghijklmnop.supabase.co',
      supabaseAnonKey: ANON,
    };
    expect(connectionSettingsSchema.parse(connection)).toEqual(connection);
    expect(connectionSettingsSchema.safeParse({ ...connection, serviceRoleKey: 'x' }).success).toBe(
      false,
    );
  });

  it("refuses a hosted project's key used with another project's URL", () => {
    const result = connectionSettingsSchema.safeParse({
      supabaseUrl: 'https://zyxwvutsrqponmlk.supabase.co',
      supabaseAnonKey: ANON,
    });
    expect(reasonOf(result)).toBe('project_mismatch');
    expect(result.error?.issues[0]?.path).toEqual(['supabaseAnonKey']);
  });

  it('accepts a local anon key (no project ref) with a loopback URL', () => {
    const local = jwt({ iss: 'supabase-demo', role: 'anon', exp: 1983812996 });
    expect(
      connectionSettingsSchema.safeParse({
        supabaseUrl: 'http://127.0.0.1:54321',
        supabaseAnonKey: local,
      }).success,
    ).toBe(true);
  });
});

describe('preferences and the resolved view', () => {
  it('takes only the known languages and themes', () => {
    expect(uiPreferencesSchema.parse({ language: 'es', theme: 'dark' })).toEqual({
      language: 'es',
      theme: 'dark',
    });
    expect(uiPreferencesSchema.safeParse({ language: 'fr', theme: 'dark' }).success).toBe(false);
    expect(uiPreferencesSchema.safeParse({ language: 'en', theme: 'blue' }).success).toBe(false);
  });

  it('describes a closed object, as IPC responses must be', () => {
    const schema = z.toJSONSchema(resolvedSettingsSchema) as {
      additionalProperties?: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(['connection', 'preferences', 'source']);
  });
});
