import { describe, expect, it } from 'vitest';
import type { IpcChannelName, IpcEventName } from '../../../shared/ipc/contract.ts';
import { ipcChannels, ipcEvents } from '../../../shared/ipc/contract.ts';
import { LOCKED_CHANNELS, LOCKED_EVENTS } from '../../../shared/ipc/locked-channels.ts';
import { APP_LOCKED, gatedEmit, lockGate } from './lock-gate.ts';
import type { IpcHandlers, InvokeEventLike } from './register-handlers.ts';
import { createIpcDispatch } from './register-handlers.ts';

const trusted: InvokeEventLike = { senderFrame: { url: 'app://aterges/index.html', parent: null } };
/** Every channel of the contract, from the contract itself: a new channel is gated by default. */
const CHANNELS = Object.keys(ipcChannels) as IpcChannelName[];
const EVENTS = Object.keys(ipcEvents) as IpcEventName[];
/** Inputs the few open channels accept; every other channel is refused before its input is read. */
const VALID_INPUT: Partial<Record<IpcChannelName, unknown>> = {
  'lock:unlock': { method: 'password', password: 'whatever' },
  'settings:set-appearance': { language: 'es' },
};

/** A dispatch whose every handler records that it ran, behind the lock gate. */
function gatedDispatch() {
  let locked = true;
  const ran: string[] = [];
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      () => {
        ran.push(channel);
        return Promise.resolve(null);
      },
    ]),
  ) as unknown as IpcHandlers;
  const dispatch = createIpcDispatch(handlers, {
    isTrustedSender: () => true,
    logError: () => undefined,
    gate: lockGate(() => locked),
  });
  return { dispatch, ran, unlock: () => (locked = false) };
}

describe('the lock gate', () => {
  it('walks the contract: has channels on both sides of the gate', () => {
    expect(CHANNELS.length).toBeGreaterThan(LOCKED_CHANNELS.size);
    for (const channel of LOCKED_CHANNELS) expect(CHANNELS).toContain(channel);
    for (const event of LOCKED_EVENTS) expect(EVENTS).toContain(event);
  });

  it.each(CHANNELS.filter((channel) => !LOCKED_CHANNELS.has(channel)))(
    'refuses %s while locked, before reading its input, and lets it through after unlock',
    async (channel) => {
      const gate = gatedDispatch();
      const refused = await gate.dispatch(channel, trusted, VALID_INPUT[channel]);
      expect(refused).toEqual({ ok: false, error: APP_LOCKED });
      expect(gate.ran).toEqual([]);

      gate.unlock();
      const reply = await gate.dispatch(channel, trusted, VALID_INPUT[channel]);
      // Past the gate: the input check or the handler answers, never the lock.
      expect(JSON.stringify(reply)).not.toContain('app_locked');
      if (ipcChannels[channel].request.safeParse(undefined).success) {
        expect(gate.ran).toEqual([channel]);
      }
    },
  );

  it.each([...LOCKED_CHANNELS])('answers %s while locked', async (channel) => {
    const gate = gatedDispatch();
    await gate.dispatch(channel, trusted, VALID_INPUT[channel]);
    expect(gate.ran).toEqual([channel]);
  });

  it('lets the unlock screen change its language and theme, and nothing else of the settings', async () => {
    const gate = gatedDispatch();
    await gate.dispatch('settings:set-appearance', trusted, { theme: 'dark' });
    expect(gate.ran).toEqual(['settings:set-appearance']);
    // The auto-lock time cannot ride along: the appearance channel takes only its two keys…
    expect(
      await gate.dispatch('settings:set-appearance', trusted, {
        language: 'es',
        autoLockMinutes: null,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // …and the channel that can change it stays shut.
    expect(
      await gate.dispatch('settings:set-preferences', trusted, { autoLockMinutes: null }),
    ).toEqual({ ok: false, error: APP_LOCKED });
    expect(gate.ran).toEqual(['settings:set-appearance']);
  });

  it('still checks the sender first: an untrusted frame learns nothing about the lock', async () => {
    const dispatch = createIpcDispatch({} as IpcHandlers, {
      isTrustedSender: () => false,
      logError: () => undefined,
      gate: lockGate(() => true),
    });
    await expect(dispatch('integrations:list', trusted, undefined)).resolves.toEqual({
      ok: false,
      error: { code: 'not_authenticated', reason: 'request_refused' },
    });
  });

  it('holds back every event but the lock, session and settings ones while locked', () => {
    let locked = true;
    const sent: string[] = [];
    const emit = gatedEmit(
      (event: IpcEventName) => sent.push(event),
      () => locked,
    );
    const send = (event: IpcEventName) =>
      (emit as (e: IpcEventName, p: unknown) => void)(event, {});
    for (const event of EVENTS) send(event);
    expect(sent.sort()).toEqual([...LOCKED_EVENTS].sort());
    sent.length = 0;
    locked = false;
    for (const event of EVENTS) send(event);
    expect(sent.sort()).toEqual([...EVENTS].sort());
  });
});
