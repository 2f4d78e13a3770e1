import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';

// Placeholder composition root; the hardened window and services arrive with the app issue.
async function main(): Promise<void> {
  await app.whenReady();
  const window = new BrowserWindow({
    width: 1100,
    height: 760,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  await window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
}

void main();
