import type { MenuItemConstructorOptions } from 'electron';
import { Menu, shell } from 'electron';
import { nativeWords } from '../../../shared/i18n/native-words.ts';
import type { NativeLanguage } from '../../../shared/i18n/native-words.ts';
import { allowedExternalUrl } from './external-links.ts';

const HELP_LINKS = [
  { label: 'menuSupabaseDashboard', url: 'https://supabase.com/dashboard' },
  { label: 'menuOpenAiKeys', url: 'https://platform.openai.com/api-keys' },
] as const;

/**
 * The standard menus (edit shortcuts matter for pasting keys on macOS; Electron words the roles in
 * the OS language) plus "Bloquear" and help links in the app's language. Installed again when it
 * changes. `onLock` locks the app (auto-lock, issue #13 §3); none before the services exist.
 */
export function installApplicationMenu(
  isMac: boolean,
  language: NativeLanguage = 'en',
  onLock?: () => void,
): void {
  const words = nativeWords[language];
  const lockItem: MenuItemConstructorOptions = {
    label: words.menuLock,
    accelerator: 'CmdOrCtrl+L',
    enabled: onLock !== undefined,
    click: () => onLock?.(),
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    // The default File menu (Close on macOS, Quit elsewhere) with "Bloquear" first.
    {
      role: 'fileMenu',
      submenu: [lockItem, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: HELP_LINKS.filter((link) => allowedExternalUrl(link.url) !== null).map((link) => ({
        label: words[link.label],
        click: () => void shell.openExternal(link.url),
      })),
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
