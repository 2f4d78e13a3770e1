// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UiPreferences } from '../../../shared/app-settings.ts';
import { AppError } from '../../../shared/errors.ts';
import { listOf, settingsHandlers, settingsOf, signedIn } from '../test-support/fake-main.ts';
import { renderApp } from '../test-support/render-app.tsx';
import type { Language } from './i18n.ts';
import { readCachedPreferences } from './storage.ts';

const root = document.documentElement;

beforeEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function appWith(preferences: UiPreferences, firstPaint: Language = 'en') {
  return renderApp(
    {
      ...settingsHandlers(settingsOf({ preferences })),
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([]),
    },
    firstPaint,
  );
}

describe('language and theme', () => {
  it('are saved through main, apply at once, and are cached for the next first paint', async () => {
    const app = appWith({ language: 'en', theme: 'system' });
    await screen.findByRole('heading', { name: 'Integrations' });

    await app.user.selectOptions(screen.getByLabelText('Theme'), 'dark');
    expect(root.dataset.theme).toBe('dark');
    await app.user.selectOptions(screen.getByLabelText('Language'), 'es');
    expect(await screen.findByRole('heading', { name: 'Integraciones' })).toBeTruthy();
    expect(root.lang).toBe('es');

    // Through the appearance channel, which main answers while locked too.
    expect(app.main.callsTo('settings:set-appearance')).toEqual([
      { theme: 'dark' },
      { language: 'es' },
    ]);
    await waitFor(() => expect(readCachedPreferences()).toEqual({ language: 'es', theme: 'dark' }));
  });

  it("follow main's settings over the first-paint cache, and settings:changed after that", async () => {
    const app = appWith({ language: 'en', theme: 'light' }, 'es');
    expect(await screen.findByRole('heading', { name: 'Integrations' })).toBeTruthy();
    expect(root.dataset.theme).toBe('light');

    app.main.emit(
      'settings:changed',
      settingsOf({ preferences: { language: 'es', theme: 'dark' } }),
    );
    expect(await screen.findByRole('heading', { name: 'Integraciones' })).toBeTruthy();
    expect(root.dataset.theme).toBe('dark');
    expect(screen.getByLabelText<HTMLSelectElement>('Tema').value).toBe('dark');
  });

  it('"system" follows the OS language, live, and the OS colour scheme', async () => {
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('es-MX');
    appWith({ language: 'system', theme: 'system' });
    expect(await screen.findByRole('heading', { name: 'Integraciones' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Idioma').value).toBe('system');
    // No pinned theme: the stylesheet's prefers-color-scheme rule decides.
    expect(root.dataset.theme).toBeUndefined();

    language.mockReturnValue('en-GB');
    window.dispatchEvent(new Event('languagechange'));
    expect(await screen.findByRole('heading', { name: 'Integrations' })).toBeTruthy();
  });

  it('keep the choice for this session when main cannot save it', async () => {
    const app = renderApp({
      ...settingsHandlers(settingsOf()),
      'settings:set-appearance': () => {
        throw new AppError('server_error', 'The settings file could not be written.');
      },
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([]),
    });
    await screen.findByRole('heading', { name: 'Integrations' });
    await app.user.selectOptions(screen.getByLabelText('Theme'), 'dark');
    await waitFor(() => expect(app.main.callsTo('settings:set-appearance')).toHaveLength(1));
    expect(root.dataset.theme).toBe('dark');
    expect(screen.getByLabelText<HTMLSelectElement>('Theme').value).toBe('dark');
  });
});
