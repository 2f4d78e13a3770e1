import { describe, expect, it, vi } from 'vitest';
import { placeOnScreens, revealWindow, type WorkArea } from './window-placement.ts';

const laptop: WorkArea = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: WorkArea = { x: 1440, y: 0, width: 2560, height: 1415 };
const saved = { width: 1180, height: 780, maximized: false };

describe('placeOnScreens', () => {
  it('keeps a position that is on a screen', () => {
    expect(placeOnScreens({ ...saved, x: 100, y: 50 }, [laptop])).toEqual({
      ...saved,
      x: 100,
      y: 50,
    });
    expect(placeOnScreens({ ...saved, x: 2000, y: 200 }, [laptop, monitorRight])).toMatchObject({
      x: 2000,
      y: 200,
    });
  });

  it('drops a position on a screen that is gone (the window is centred instead)', () => {
    const placed = placeOnScreens({ ...saved, x: 2000, y: 200 }, [laptop]);
    expect(placed).toEqual(saved);
    expect(placed).not.toHaveProperty('x');
  });

  it('drops a position whose title bar is above, left of or below every screen', () => {
    for (const [x, y] of [
      [100, -60],
      [-1150, 100],
      [100, 870],
      [1400, 100],
    ]) {
      expect(placeOnScreens({ ...saved, x: x!, y: y! }, [laptop]), `${x},${y}`).toEqual(saved);
    }
  });

  it('keeps a window partly off-screen while enough of its title bar can be grabbed', () => {
    expect(placeOnScreens({ ...saved, x: -900, y: 100 }, [laptop])).toMatchObject({ x: -900 });
    expect(placeOnScreens({ ...saved, x: 1200, y: 100 }, [laptop])).toMatchObject({ x: 1200 });
  });

  it('caps a size saved on a bigger screen to the largest one there is', () => {
    const big = { width: 2400, height: 1300, maximized: true, x: 1500, y: 10 };
    expect(placeOnScreens(big, [laptop])).toEqual({ width: 1440, height: 875, maximized: true });
  });

  it('leaves the state alone when no screen is known, and keeps having no position', () => {
    expect(placeOnScreens({ ...saved, x: 5000, y: 5000 }, [])).toEqual({
      ...saved,
      x: 5000,
      y: 5000,
    });
    expect(placeOnScreens(saved, [laptop])).toEqual(saved);
  });
});

describe('revealWindow', () => {
  it('maximizes only when it was maximized, and always shows (which focuses)', () => {
    const calls: string[] = [];
    const window = {
      maximize: vi.fn(() => void calls.push('maximize')),
      show: vi.fn(() => void calls.push('show')),
    };
    revealWindow(window, true);
    expect(calls).toEqual(['maximize', 'show']);
    calls.length = 0;
    revealWindow(window, false);
    expect(calls).toEqual(['show']);
  });
});
