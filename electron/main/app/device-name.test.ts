import { describe, expect, it } from 'vitest';
import { thisDeviceName } from './device-name.ts';

describe("this computer's name in the activity", () => {
  it('is the host name, trimmed', () => {
    expect(thisDeviceName('  portátil-de-ana  ')).toBe('portátil-de-ana');
  });

  it('drops control, zero-width and direction-changing characters, which the database refuses', () => {
    expect(thisDeviceName('ana\u202Eexe.\u200Bpc\n')).toBe('anaexe.pc');
    expect(thisDeviceName('\u0000\u2028')).toBeNull();
  });

  it('keeps at most 64 characters, never half of one', () => {
    const name = thisDeviceName('😀'.repeat(70))!;
    expect(Array.from(name)).toHaveLength(64);
    expect(name).toBe('😀'.repeat(64));
  });
});
