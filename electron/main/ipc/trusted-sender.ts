import type { InvokeEventLike } from './register-handlers.ts';

/**
 * Accepts only the top-level frame of our window at the app's own origin. `senderFrame` is null
 * after a navigation or once the frame is gone: refuse then.
 * https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */
export function createTrustedSenderCheck(appOrigin: string): (event: InvokeEventLike) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    try {
      return originOf(frame.url) === appOrigin;
    } catch {
      return false;
    }
  };
}

/**
 * `URL.origin` is "null" for schemes Node does not know (like our `app:`), so build it from the
 * parts; for http(s) this equals `URL.origin`.
 */
export function originOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}
