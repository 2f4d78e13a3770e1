import { describe, expect, it } from 'vitest';
import { projectChangeDialog } from './project-change-dialog.ts';

describe('the native project-change question', () => {
  it.each([
    [{ from: null, to: 'https://a.supabase.co' }, 'Connect', /^To https:\/\/a\.supabase\.co\n/],
    [{ from: 'https://a.supabase.co', to: null }, 'Forget project', /^From https:\/\/a/],
    [
      { from: 'https://a.supabase.co', to: 'https://b.example' },
      'Switch project',
      /^From https:\/\/a\.supabase\.co\nTo https:\/\/b\.example\n/,
    ],
  ])('names the origins involved (%j), with Cancel as default', (change, yes, detail) => {
    const options = projectChangeDialog(change);
    expect(options.buttons).toEqual([yes, 'Cancel']);
    expect(options.defaultId).toBe(1);
    expect(options.cancelId).toBe(1);
    expect(options.detail).toMatch(detail);
  });

  it('asks in Spanish when the app speaks Spanish', () => {
    const options = projectChangeDialog(
      { from: 'https://a.supabase.co', to: 'https://b.example' },
      'es',
    );
    expect(options.message).toBe('¿Cambiar a otro proyecto de Supabase?');
    expect(options.buttons).toEqual(['Cambiar de proyecto', 'Cancelar']);
    expect(options.detail).toMatch(/^De https:\/\/a\.supabase\.co\nA https:\/\/b\.example\n/);
  });
});
