import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ipcChannels, ipcEvents } from './contract.ts';

/*
 * Walks every response and event schema of the contract (as JSON Schema) and proves none of them
 * can carry a credential: no property named like a secret, no open-ended object or value that
 * could smuggle one, and every object closed to unknown keys.
 */

const SECRET_NAME =
  /secret|password|passphrase|private.?key|api.?key|access.?key|token|credential(s)?$/i;
/** Names that look secret-ish but hold metadata: checked by hand, listed on purpose. */
const ALLOWED_NAMES = new Set(['credentialHint', 'credentialsVersion', 'credentialsMigrated']);
/**
 * The one answer that must show a secret: the authenticator app's setup key, once, on the
 * two-step enrolment screen (issue #13 §2). It is not a vault credential, and main never logs it.
 */
const SHOWN_ONCE: Readonly<Record<string, readonly string[]>> = {
  'session:second-factor-enroll response': ['secret'],
};

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  not?: JsonSchema;
};

function problemsIn(schema: JsonSchema, path: string, allowed: readonly string[] = []): string[] {
  const problems: string[] = [];
  const keys = Object.keys(schema);
  if (keys.length === 0) problems.push(`${path}: accepts anything`);
  for (const variant of [
    ...(schema.anyOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.allOf ?? []),
  ]) {
    problems.push(...problemsIn(variant, path));
  }
  if (schema.type === 'object' || schema.properties) {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (SECRET_NAME.test(name) && !ALLOWED_NAMES.has(name) && !allowed.includes(name)) {
        problems.push(`${path}.${name}: named like a secret`);
      }
      problems.push(...problemsIn(property, `${path}.${name}`));
    }
    if (schema.additionalProperties === undefined || schema.additionalProperties === true) {
      problems.push(`${path}: open to unknown keys`);
    } else if (typeof schema.additionalProperties === 'object') {
      problems.push(...problemsIn(schema.additionalProperties, `${path}[*]`));
    }
  }
  if (schema.items) {
    for (const item of Array.isArray(schema.items) ? schema.items : [schema.items]) {
      problems.push(...problemsIn(item, `${path}[]`));
    }
  }
  return problems;
}

const outgoing = [
  ...Object.entries(ipcChannels).map(([name, c]) => [`${name} response`, c.response] as const),
  ...Object.entries(ipcEvents).map(([name, e]) => [`${name} event`, e.payload] as const),
];

describe('IPC contract: nothing that goes to the renderer can carry a credential', () => {
  it.each(outgoing)('%s', (name, schema) => {
    const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
    expect(problemsIn(json, '$', SHOWN_ONCE[name])).toEqual([]);
  });

  it('the walker itself flags a schema that could leak', () => {
    const leaky = z.looseObject({
      integration: z.object({ apiKey: z.string() }),
      extra: z.unknown(),
    });
    const problems = problemsIn(z.toJSONSchema(leaky) as JsonSchema, '$');
    expect(problems).toEqual(
      expect.arrayContaining([
        '$.integration.apiKey: named like a secret',
        '$.extra: accepts anything',
        '$[*]: accepts anything',
      ]),
    );
  });

  it('a strict response rejects a credential smuggled in as an extra field', () => {
    const create = ipcChannels['integrations:create'].response;
    const canary = 'sk-canary-contract-9f3b2c1d0e';
    const result = create.safeParse({ integration: null, test: null, credentials: canary });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain(canary);
  });

  it('the unlock password and code are input only: the answers cannot echo them', () => {
    const canary = 'unlock-canary-contract-7c41e9';
    const request = ipcChannels['lock:unlock'].request.safeParse({
      method: 'password',
      password: canary,
    });
    expect(request.success).toBe(true);
    for (const name of ['lock:get-state', 'lock:lock', 'lock:unlock'] as const) {
      const echoed = ipcChannels[name].response.safeParse({
        locked: true,
        triesLeft: 5,
        password: canary,
      });
      expect(echoed.success).toBe(false);
      expect(JSON.stringify(echoed.error?.issues)).not.toContain(canary);
    }
    const event = ipcEvents['lock:changed'].payload.safeParse({
      locked: false,
      triesLeft: 5,
      code: '123456',
    });
    expect(event.success).toBe(false);
  });

  it('a refused unlock input names its field and never quotes what was typed', () => {
    const canary = 'x'.repeat(201) + 'unlock-canary-too-long';
    const tooLong = ipcChannels['lock:unlock'].request.safeParse({
      method: 'password',
      password: canary,
    });
    expect(tooLong.success).toBe(false);
    expect(JSON.stringify(tooLong.error?.issues)).not.toContain('unlock-canary');
    const badCode = ipcChannels['lock:unlock'].request.safeParse({ method: 'code', code: '12ab' });
    expect(badCode.error?.issues[0]?.message).toBe('code_format');
  });
});
