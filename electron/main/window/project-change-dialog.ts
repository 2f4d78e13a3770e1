import type { ProjectChange } from '../../../shared/project-change.ts';

/** The options of Electron's `dialog.showMessageBox` this app sets. */
export interface MessageBoxOptions {
  type: 'question';
  buttons: string[];
  defaultId: number;
  cancelId: number;
  message: string;
  detail: string;
}

/**
 * The native question before the app connects to, moves to or forgets a Supabase project. It
 * shows origins only (normalized in shared/app-settings.ts), so what it names is where the
 * password and keys would go. Cancel is the default and what closing the dialog means.
 */
export function projectChangeDialog({ from, to }: ProjectChange): MessageBoxOptions {
  const question = (message: string, yes: string, detail: string): MessageBoxOptions => ({
    type: 'question',
    buttons: [yes, 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message,
    detail,
  });
  if (from === null) {
    return question(
      'Connect to this Supabase project?',
      'Connect',
      `To ${to ?? ''}\n\nYour password and the keys you add will be sent to this project.`,
    );
  }
  if (to === null) {
    return question(
      'Forget this Supabase project?',
      'Forget project',
      `From ${from}\n\nThe app will have no project until you connect one.`,
    );
  }
  return question(
    'Switch to another Supabase project?',
    'Switch project',
    `From ${from}\nTo ${to}\n\nYou will sign in again, with an account of that project.`,
  );
}
