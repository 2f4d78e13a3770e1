import type { MenuItemConstructorOptions } from 'electron';
import { Menu, shell } from 'electron';
import { allowedExternalUrl } from './external-links.ts';

const HELP_LINKS = [
  { label: 'Supabase dashboard', url: 'https://supabase.com/dashboard' },
  { label: 'OpenAI API keys', url: 'https://platform.openai.com/api-keys' },
];

/** The standard menus (edit shortcuts matter for pasting keys on macOS) plus help links. */
export function installApplicationMenu(isMac: boolean): void {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: HELP_LINKS.filter((link) => allowedExternalUrl(link.url) !== null).map((link) => ({
        label: link.label,
        click: () => void shell.openExternal(link.url),
      })),
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
