import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import type { IpcHandlers, InvokeEventLike } from './register-handlers.ts';
import { createIpcDispatch, registerIpcHandlers } from './register-handlers.ts';
import { createTrustedSenderCheck } from './trusted-sender.ts';

const ORIGIN = 'app://aterges';
const trusted: InvokeEventLike = { senderFrame: { url: `${ORIGIN}/index.html`, parent: null } };
const ID = '3b241101-e2bb-4255-8caf-4136c566a962';

function dispatchWith(handlers: Partial<IpcHandlers>, errors: unknown[] = []) {
  return createIpcDispatch(handlers as IpcHandlers, {
    isTrustedSender: createTrustedSenderCheck(ORIGIN),
    logError: (message, error) => errors.push([message, error]),
  });
}

describe('IPC registration helper', () => {
  it.each([
    ['no frame (navigated away or destroyed)', { senderFrame: null }],
    ['a subframe', { senderFrame: { url: `${ORIGIN}/index.html`, parent: {} } }],
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['file://', { senderFrame: { url: 'file:///etc/passwd', parent: null } }],
    ['garbage URL', { senderFrame: { url: 'not a url', parent: null } }],
  ])('refuses a call from %s before any service runs', async (_name, event) => {
    let called = false;
    const dispatch = dispatchWith({
      'integrations:get': () => {
        called = true;
        return Promise.reject(new Error('must not run'));
      },
    });
    const reply = await dispatch('integrations:get', event, { id: ID });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'not_authenticated', reason: 'request_refused' },
    });
    expect(called).toBe(false);
  });

  it.each([
    ['a missing id', undefined, 'Invalid input: expected object, received undefined'],
    ['a malformed id', { id: 'nope' }, 'integration_id_format'],
    ['an extra field', { id: ID, credentials: 'sk-x' }, null],
  ])('never lets invalid input (%s) reach a service', async (_name, request, message) => {
    let called = false;
    const dispatch = dispatchWith({
      'integrations:get': () => {
        called = true;
        return Promise.reject(new Error('must not run'));
      },
    });
    const reply = await dispatch('integrations:get', trusted, request);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('invalid_input');
      if (message) expect(reply.error.reason).toBe(message);
    }
    expect(called).toBe(false);
  });

  it('names the offending field of a nested input', async () => {
    const dispatch = dispatchWith({});
    const reply = await dispatch('integrations:create', trusted, {
      type: 'aws',
      name: 'prod',
      credentials: { accessKeyId: 'AKIA-not-valid', secretAccessKey: 'x' },
      config: {},
    });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'credentials.accessKeyId' },
    });
  });

  it('answers unknown channels without calling anything', async () => {
    const reply = await dispatchWith({})('integrations:exfiltrate', trusted, {});
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid_input', reason: 'unknown_request' },
    });
  });

  it('returns data that matches the response schema', async () => {
    const dispatch = dispatchWith({
      'integrations:cancel-test': () => Promise.resolve({ cancelled: true }),
    });
    await expect(dispatch('integrations:cancel-test', trusted, { id: ID })).resolves.toEqual({
      ok: true,
      data: { cancelled: true },
    });
  });

  it('fails closed when a service answers with a field the contract does not have', async () => {
    const canary = 'sk-canary-register-77aa01bc';
    const errors: unknown[] = [];
    const dispatch = dispatchWith(
      {
        'integrations:cancel-test': () =>
          Promise.resolve({ cancelled: true, apiKey: canary } as unknown as { cancelled: boolean }),
      },
      errors,
    );
    const reply = await dispatch('integrations:cancel-test', trusted, { id: ID });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'server_error', reason: 'unexpected_answer' },
    });
    expect(JSON.stringify([reply, errors])).not.toContain(canary);
  });

  it('passes AppErrors through and hides everything else', async () => {
    const canary = 'AKIACANARY0000000001';
    const dispatch = dispatchWith({
      'integrations:get': () => Promise.reject(new AppError('not_found', 'integration_not_found')),
      'activity:list': () => Promise.reject(new Error(`boom ${canary}`)),
    });
    await expect(dispatch('integrations:get', trusted, { id: ID })).resolves.toEqual({
      ok: false,
      error: { code: 'not_found', reason: 'integration_not_found' },
    });
    const hidden = await dispatch('activity:list', trusted, { filter: { integrationId: ID } });
    expect(hidden).toEqual({
      ok: false,
      error: { code: 'server_error', reason: 'unexpected_failure' },
    });
  });

  it('registers every channel on ipcMain and removes them again', () => {
    const registered = new Set<string>();
    const unregister = registerIpcHandlers(
      {
        handle: (channel) => registered.add(channel),
        removeHandler: (channel) => registered.delete(channel),
      },
      {} as IpcHandlers,
      { isTrustedSender: () => true, logError: () => undefined },
    );
    expect(registered.size).toBeGreaterThan(15);
    expect(registered.has('integrations:test-all')).toBe(true);
    unregister();
    expect(registered.size).toBe(0);
  });
});
