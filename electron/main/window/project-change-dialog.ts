import { fillWords, nativeWords } from '../../../shared/i18n/native-words.ts';
import type { NativeLanguage } from '../../../shared/i18n/native-words.ts';
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
 * The native question before the app connects to, moves to or forgets a Supabase project, in the
 * app's language (shared/i18n/native-words.ts, the same words as the renderer's catalogues). It
 * shows origins only (normalized in shared/app-settings.ts), so what it names is where the
 * password and keys would go. Cancel is the default and what closing the dialog means.
 */
export function projectChangeDialog(
  { from, to }: ProjectChange,
  language: NativeLanguage = 'en',
): MessageBoxOptions {
  const words = nativeWords[language];
  const question = (message: string, yes: string, detail: string): MessageBoxOptions => ({
    type: 'question',
    buttons: [yes, words.cancel],
    defaultId: 1,
    cancelId: 1,
    message,
    detail,
  });
  const origins = { from: from ?? '', to: to ?? '' };
  if (from === null) {
    return question(
      words.connectTitle,
      words.connectButton,
      fillWords(words.connectDetail, origins),
    );
  }
  if (to === null) {
    return question(words.forgetTitle, words.forgetButton, fillWords(words.forgetDetail, origins));
  }
  return question(words.switchTitle, words.switchButton, fillWords(words.switchDetail, origins));
}
