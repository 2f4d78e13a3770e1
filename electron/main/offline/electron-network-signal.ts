import type { NetworkSignal } from './connectivity-monitor.ts';

/*
 * The OS network signal in the real app, built from Electron's `net` and `powerMonitor` (passed
 * in, typed structurally, so this file runs under plain Node in tests). `net.isOnline()` has no
 * change event, so it is polled; a resume from sleep is reported at once, since the network
 * usually changed while the lid was closed.
 */

export interface ElectronNetLike {
  isOnline(): boolean;
}

export interface PowerMonitorLike {
  on(event: 'resume', listener: () => void): unknown;
  removeListener(event: 'resume', listener: () => void): unknown;
}

export interface ElectronNetworkSignalOptions {
  net: ElectronNetLike;
  powerMonitor?: PowerMonitorLike;
  pollMs?: number;
}

export function createElectronNetworkSignal(options: ElectronNetworkSignalOptions): NetworkSignal {
  const pollMs = options.pollMs ?? 5_000;
  return {
    isOnline: () => options.net.isOnline(),
    subscribe(listener) {
      let last = options.net.isOnline();
      const check = (force: boolean) => {
        const now = options.net.isOnline();
        if (force || now !== last) listener(now);
        last = now;
      };
      const timer = setInterval(() => check(false), pollMs);
      timer.unref();
      const onResume = () => check(true);
      options.powerMonitor?.on('resume', onResume);
      return () => {
        clearInterval(timer);
        options.powerMonitor?.removeListener('resume', onResume);
      };
    },
  };
}
