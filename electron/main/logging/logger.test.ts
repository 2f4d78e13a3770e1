import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';
import { REDACTED, SecretRedactor, redactTokenPatterns, scrubMessage } from './redaction.ts';
import { fileSink, memorySink } from './sinks.ts';

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwicm9sZSI6ImFub24ifQ.c2lnbmF0dXJlLXBhcnQtaGVyZQ';
const OPENAI = 'sk-proj-CANARYabcdefghijklmnopqrstuvwxyz0123';
const AWS_ID = 'AKIAIOSFODNN7EXAMPLE';
const PEM =
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nAbCdEf==\n-----END PRIVATE KEY-----\n';

describe('token pattern redaction', () => {
  it.each([
    ['a JWT', `token=${JWT} end`],
    ['an OpenAI key', `key ${OPENAI}.`],
    ['an AWS access key id', `id:${AWS_ID}`],
    ['a PEM block', `pem ${PEM} after`],
    ['a JSON-escaped PEM block', `json ${JSON.stringify(PEM)} after`],
    ['a Bearer header', 'Authorization: Bearer abcdefghijklmnop'],
  ])('removes %s', (_name, text) => {
    const result = redactTokenPatterns(text);
    expect(result).toContain(REDACTED);
    for (const secret of [
      JWT,
      OPENAI,
      AWS_ID,
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
      'abcdefghijklmnop',
    ]) {
      expect(result).not.toContain(secret);
    }
  });

  it('leaves ordinary text alone', () => {
    const text = 'Integration "Prod OpenAI" (openai) is connected; region us-east-1, 3 models.';
    expect(redactTokenPatterns(text)).toBe(text);
  });
});

describe('SecretRedactor', () => {
  it('redacts a registered secret in its raw and JSON-escaped forms until unregistered', () => {
    const redactor = new SecretRedactor();
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYCANARY"KEY';
    const undo = redactor.register({ secretAccessKey: secret });
    expect(redactor.redact(`raw ${secret} json ${JSON.stringify(secret)}`)).toBe(
      `raw ${REDACTED} json "${REDACTED}"`,
    );
    undo();
    expect(redactor.size).toBe(0);
    expect(redactor.redact(secret)).toBe(secret);
  });

  it('counts registrations, so one operation ending does not unprotect another', () => {
    const redactor = new SecretRedactor();
    const undoFirst = redactor.register('shared-secret-value');
    const undoSecond = redactor.register('shared-secret-value');
    undoFirst();
    expect(redactor.redact('shared-secret-value')).toBe(REDACTED);
    undoSecond();
    expect(redactor.redact('shared-secret-value')).toBe('shared-secret-value');
  });

  it('ignores strings too short to be secrets', () => {
    const redactor = new SecretRedactor();
    redactor.register({ region: 'eu' });
    expect(redactor.redact('eu-west-1')).toBe('eu-west-1');
  });

  it('keeps the secret registered only while an operation runs', async () => {
    const redactor = new SecretRedactor();
    const inside = await redactor.while('operation-secret-123', async () =>
      Promise.resolve(redactor.redact('x operation-secret-123 y')),
    );
    expect(inside).toBe(`x ${REDACTED} y`);
    expect(redactor.size).toBe(0);
  });
});

describe('scrubMessage', () => {
  it('removes the credential being written from a server message', () => {
    const credentials = {
      tenantId: 'contoso.onmicrosoft.com',
      clientSecret: 'CANARY~secret~value',
    };
    expect(scrubMessage('bad value CANARY~secret~value for field', [credentials])).toBe(
      `bad value ${REDACTED} for field`,
    );
  });
});

describe('createLogger', () => {
  it('filters by level and formats scope, level and fields', () => {
    const memory = memorySink();
    const logger = createLogger({
      level: 'info',
      sinks: [memory.sink],
      now: () => new Date('2025-01-01T00:00:00Z'),
    });
    logger.debug('hidden');
    logger.child('vault').info('listed', { count: 3 });
    expect(memory.lines).toEqual([
      '2025-01-01T00:00:00.000Z INFO  [main:vault] listed {"count":3}',
    ]);
  });

  it('redacts registered secrets and token patterns in messages, fields and errors', () => {
    const memory = memorySink();
    const logger = createLogger({ level: 'debug', sinks: [memory.sink] });
    const undo = logger.redactor.register('CANARY-registered-secret');
    logger.warn(`message with ${OPENAI}`, {
      header: `Bearer ${JWT}`,
      error: new Error(`failed for CANARY-registered-secret and ${AWS_ID}`),
      nested: { pem: PEM },
    });
    undo();
    const text = memory.text();
    for (const secret of [OPENAI, JWT, AWS_ID, 'CANARY-registered-secret', 'MIIEvQIBADAN']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('"name":"Error"');
  });

  it('survives a sink that throws', () => {
    const memory = memorySink();
    const logger = createLogger({
      sinks: [
        () => {
          throw new Error('disk full');
        },
        memory.sink,
      ],
    });
    logger.error('still logged');
    expect(memory.lines).toHaveLength(1);
  });

  it('writes an owner-only log file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aterges-log-'));
    const path = join(dir, 'logs', 'main.log');
    const logger = createLogger({ sinks: [fileSink(path)] });
    logger.info(`signed in with ${JWT}`);
    expect(readFileSync(path, 'utf8')).toContain(`signed in with ${REDACTED}`);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
