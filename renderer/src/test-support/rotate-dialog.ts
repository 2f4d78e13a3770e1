import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { Integration } from '../../../shared/integration.ts';
import type { Language } from '../preferences/i18n.ts';
import type { RenderedApp } from './render-app.tsx';

/*
 * The rotate dialog as the tests of rotating credentials use it: opened from an integration's
 * page, submitted, and what it asks main for.
 */

const WORDS = {
  en: {
    manage: (name: string) => `Manage ${name}`,
    rotate: 'Rotate credentials',
    dialog: (name: string) => `Rotate credentials for “${name}”`,
  },
  es: {
    manage: (name: string) => `Administrar ${name}`,
    rotate: 'Rotar credenciales',
    dialog: (name: string) => `Rotar credenciales de «${name}»`,
  },
} satisfies Record<Language, unknown>;

/** Opens the page of the integration called `name` from the list, then its rotate dialog. */
export async function openRotateDialog(app: RenderedApp, name: string, language: Language = 'en') {
  const words = WORDS[language];
  await app.user.click(await screen.findByRole('button', { name: words.manage(name) }));
  await app.user.click(screen.getByRole('button', { name: words.rotate }));
  return screen.getByRole('dialog', { name: words.dialog(name) });
}

/** Presses "Test and save" and waits for the dialog to say the new credentials are saved. */
export async function testAndSave(app: RenderedApp, dialog: HTMLElement) {
  await app.user.click(within(dialog).getByRole('button', { name: 'Test and save' }));
  expect(await within(dialog).findByText('The new credentials are saved.')).toBeTruthy();
}

/**
 * What the dialog asks main for: a rotation of `integration` (its id and type) to the new
 * credentials, with the settings bound to them.
 */
export function rotation(
  integration: Integration,
  credentials: Record<string, string>,
  config: Record<string, string>,
  saveAnyway = false,
) {
  return { id: integration.id, type: integration.type, credentials, config, saveAnyway };
}
