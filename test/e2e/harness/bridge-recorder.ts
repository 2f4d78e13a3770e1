import type { Page } from '@playwright/test';
import type { IpcDispatch } from '../../../electron/main/ipc/register-handlers.ts';
import type { IpcEventName } from '../../../shared/ipc/contract.ts';

/**
 * Everything main handed to the page and everything the page printed, for the canary search:
 * every bridge reply, every event payload, console messages and page errors.
 */
export class BridgeRecorder {
  readonly replies: { channel: string; reply: unknown }[] = [];
  readonly events: { event: IpcEventName; payload: unknown }[] = [];
  readonly console: string[] = [];

  /** What each recorded place holds, as text. */
  texts(): Record<string, string> {
    return {
      'bridge replies': JSON.stringify(this.replies),
      'bridge events': JSON.stringify(this.events),
      'browser console': this.console.join('\n'),
    };
  }
}

type PageGlobals = { __atergesEmit?: (event: string, payload: unknown) => void };

/**
 * Connects a page to a main process the way the preload connects the window: the bundled bridge
 * (the real `createBridge`) runs before the app's scripts, and its `invoke` is a Playwright binding
 * that calls the registration helper with a sender frame built from the calling frame.
 */
export async function linkPage(
  page: Page,
  options: { bridgeScript: string; dispatch: () => Promise<IpcDispatch>; recorder: BridgeRecorder },
): Promise<void> {
  const { recorder } = options;
  page.on('console', (message) => recorder.console.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => recorder.console.push(`[pageerror] ${error.stack ?? error}`));
  await page.exposeBinding(
    '__atergesInvoke',
    async (source, channel: unknown, request: unknown) => {
      const dispatch = await options.dispatch();
      const reply = await dispatch(
        String(channel),
        { senderFrame: { url: source.frame.url(), parent: source.frame.parentFrame() } },
        request,
      );
      recorder.replies.push({ channel: String(channel), reply });
      return reply;
    },
  );
  await page.addInitScript({ content: options.bridgeScript });
}

/** Delivers one checked event to the page, as `webContents.send` would; lost while it navigates. */
export function deliverTo(page: Page, recorder: BridgeRecorder) {
  return (event: IpcEventName, payload: unknown): void => {
    recorder.events.push({ event, payload });
    if (page.isClosed()) return;
    page
      .evaluate(([name, data]) => (globalThis as PageGlobals).__atergesEmit?.(name, data), [
        event,
        payload,
      ] as const)
      .catch(() => undefined);
  };
}
