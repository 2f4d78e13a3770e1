import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, WindowStateStore } from './window-state.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'aterges-window-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('WindowStateStore', () => {
  it('saves and loads the size, place and maximized flag', () => {
    const store = new WindowStateStore(dir);
    const state = { width: 1000, height: 700, x: 20, y: 30, maximized: true };
    expect(store.save(state)).toBe(true);
    expect(new WindowStateStore(dir).load()).toEqual(state);
  });

  it('loads the defaults from a missing or damaged file', () => {
    expect(new WindowStateStore(dir).load()).toEqual(DEFAULT_WINDOW_STATE);
    writeFileSync(join(dir, 'window-state.json'), '{"width": 3');
    expect(new WindowStateStore(dir).load()).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('never throws when saving fails (a locked or missing folder), and says why', () => {
    const warnings: string[] = [];
    const missing = new WindowStateStore(join(dir, 'gone'), (message) => warnings.push(message));
    expect(missing.save(DEFAULT_WINDOW_STATE)).toBe(false);
    // The target is a folder: the rename fails after the temporary file was written.
    mkdirSync(join(dir, 'window-state.json'));
    const blocked = new WindowStateStore(dir, (message) => warnings.push(message));
    expect(blocked.save(DEFAULT_WINDOW_STATE)).toBe(false);
    expect(readdirSync(dir)).toEqual(['window-state.json']);
    expect(warnings).toEqual(['window state: could not save', 'window state: could not save']);
  });
});
