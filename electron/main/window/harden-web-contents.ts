import type { Session, WebContents } from 'electron';
import { shell } from 'electron';
import { originOf } from '../ipc/trusted-sender.ts';
import { allowedExternalUrl } from './external-links.ts';

/*
 * Web contents lockdown, following Electron's security checklist:
 * https://www.electronjs.org/docs/latest/tutorial/security
 */

/** #14: no new windows; an allowlisted https link opens in the system browser instead. */
export function denyNewWindows(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    const allowed = allowedExternalUrl(url);
    if (allowed !== null) void shell.openExternal(allowed);
    return { action: 'deny' };
  });
}

/** #13: the page can never navigate away from the app's own origin. */
export function blockNavigation(contents: WebContents, appOrigin: string): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    let sameOrigin: boolean;
    try {
      sameOrigin = originOf(url) === appOrigin;
    } catch {
      sameOrigin = false;
    }
    if (!sameOrigin) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  // #11-12: no <webview> may be attached.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * #5: Electron grants every permission by default. This app needs one: writing plain text to the
 * clipboard (the copy buttons for ids), which Chromium sanitizes and which cannot read anything.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  session.setDevicePermissionHandler(() => false);
}

/** Development only: the Vite dev server sends no CSP, so add the (looser) development one. */
export function applyDevelopmentCsp(session: Session, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}
