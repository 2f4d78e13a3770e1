import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElectronNetworkSignal } from './electron-network-signal.ts';

describe('createElectronNetworkSignal', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports net.isOnline() changes and every resume from sleep', () => {
    vi.useFakeTimers();
    let online = true;
    const powerMonitor = new EventEmitter();
    const signal = createElectronNetworkSignal({
      net: { isOnline: () => online },
      powerMonitor,
      pollMs: 1_000,
    });
    const seen: boolean[] = [];
    const unsubscribe = signal.subscribe!((value) => seen.push(value));
    vi.advanceTimersByTime(1_000);
    online = false;
    vi.advanceTimersByTime(1_000);
    powerMonitor.emit('resume');
    online = true;
    vi.advanceTimersByTime(1_000);
    unsubscribe();
    online = false;
    vi.advanceTimersByTime(5_000);
    powerMonitor.emit('resume');
    expect(seen).toEqual([false, false, true]);
    expect(signal.isOnline()).toBe(false);
  });
});
