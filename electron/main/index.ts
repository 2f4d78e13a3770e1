import { join } from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { installApplicationMenu } from './window/app-menu.ts';
import { APP_ORIGIN, registerAppScheme, serveRendererFrom } from './window/app-protocol.ts';
import { developmentCsp } from './window/content-security-policy.ts';
import { createMainWindow, preloadPathFrom } from './window/create-main-window.ts';
import { applyDevelopmentCsp } from './window/harden-web-contents.ts';
import { WindowStateStore } from './window/window-state.ts';

/*
 * The composition root: the only place that knows about every part of main. Each part takes
 * what it needs as arguments, so tests build the same parts without Electron.
 */

// One running copy: a second launch focuses the first window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  const mainDir = import.meta.dirname;
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  serveRendererFrom(join(mainDir, '../renderer'));
  installApplicationMenu(process.platform === 'darwin');
  if (devServerUrl)
    applyDevelopmentCsp(session.defaultSession, developmentCsp(new URL(devServerUrl).origin));

  const open = () =>
    createMainWindow({
      startUrl: devServerUrl ?? `${APP_ORIGIN}/index.html`,
      appOrigin: devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN,
      preloadPath: preloadPathFrom(mainDir),
      windowState: new WindowStateStore(app.getPath('userData')),
      allowDevTools: !app.isPackaged,
    });
  let window = open();

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
