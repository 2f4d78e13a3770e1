import type { WindowState } from './window-state.ts';

/** A screen's work area (Electron's `Display.workArea`: the screen minus task bars and docks). */
export interface WorkArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the window's top strip (its title bar) must lie on one screen to grab it. */
const GRAB_WIDTH = 160;
const GRAB_HEIGHT = 20;
const TITLE_BAR_HEIGHT = 40;

/** Width and height of the overlap of two rectangles (0 when apart). */
function overlap(a: WorkArea, b: WorkArea): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * The saved window state, made safe for the screens there are now. A position saved on a screen
 * that is gone (a monitor unplugged, a laptop undocked) would reopen the window off-screen, where
 * the user cannot reach it: unless enough of its title bar lies on some screen, the position is
 * dropped (Electron then centres the window). The size is capped to the largest work area, so
 * a window from a big monitor fits a small one.
 */
export function placeOnScreens(state: WindowState, workAreas: readonly WorkArea[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxWidth = Math.max(...workAreas.map((area) => area.width));
  const maxHeight = Math.max(...workAreas.map((area) => area.height));
  const width = Math.min(state.width, maxWidth);
  const height = Math.min(state.height, maxHeight);
  const { x: _x, y: _y, ...sized } = { ...state, width, height };
  if (state.x === undefined || state.y === undefined) return sized;
  const titleBar = { x: state.x, y: state.y, width, height: TITLE_BAR_HEIGHT };
  const reachable = workAreas.some((area) => {
    const visible = overlap(titleBar, area);
    return visible.width >= Math.min(GRAB_WIDTH, width) && visible.height >= GRAB_HEIGHT;
  });
  return reachable ? { ...sized, x: state.x, y: state.y } : sized;
}

/** The part of a BrowserWindow that `revealWindow` uses. */
export interface RevealableWindow {
  maximize(): void;
  show(): void;
}

/**
 * Shows the window once it has painted (`ready-to-show`), maximized if it was. Maximizing happens
 * here and not at creation: `maximize()` also shows a hidden window, which showed it blank
 * before the page had painted. `show()` after it gives the focus that `maximize()` does not.
 */
export function revealWindow(window: RevealableWindow, maximized: boolean): void {
  if (maximized) window.maximize();
  window.show();
}
