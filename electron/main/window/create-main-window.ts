import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { blockNavigation, denyAllPermissions, denyNewWindows } from './harden-web-contents.ts';
import { placeOnScreens, revealWindow } from './window-placement.ts';
import type { WindowStateStore } from './window-state.ts';

export interface MainWindowOptions {
  /** Where the page is loaded from: `app://aterges/index.html`, or the Vite dev server in dev. */
  startUrl: string;
  appOrigin: string;
  preloadPath: string;
  windowState: WindowStateStore;
  iconPath?: string;
  /** Off in packaged builds. */
  allowDevTools: boolean;
}

/**
 * The one application window. Every web preference that matters for security is spelled out,
 * even where it is Electron's default, so a change of default cannot loosen it.
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = placeOnScreens(
    options.windowState.load(),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Aterges Desktop',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click can open links in new windows outside setWindowOpenHandler's reach.
      disableBlinkFeatures: 'Auxclick',
      devTools: options.allowDevTools,
    },
  });

  denyNewWindows(window.webContents);
  blockNavigation(window.webContents, options.appOrigin);
  denyAllPermissions(window.webContents.session);

  window.once('ready-to-show', () => revealWindow(window, state.maximized));
  // save() never throws (window-state.ts): a throw here would surface as Electron's error dialog.
  window.on('close', () => {
    options.windowState.save({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  void window.loadURL(options.startUrl);
  return window;
}

export function preloadPathFrom(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs');
}
