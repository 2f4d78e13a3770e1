import { nativeWords } from '../../../shared/i18n/native-words.ts';
import type { NativeLanguage } from '../../../shared/i18n/native-words.ts';

/** The options of Electron's `dialog.showSaveDialog` this app sets for an activity export. */
export interface ExportSaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
  properties: ['createDirectory', 'showOverwriteConfirmation'];
}

/**
 * Where to save the activity's CSV: a native dialog in the app's language, suggesting the
 * person's Documents folder. Main writes the file; the page only asked for an export.
 */
export function exportSaveDialog(
  documentsFolder: string,
  suggestedName: string,
  language: NativeLanguage = 'en',
  join: (...parts: string[]) => string,
): ExportSaveDialogOptions {
  const words = nativeWords[language];
  return {
    title: words.exportActivityTitle,
    defaultPath: join(documentsFolder, suggestedName),
    filters: [{ name: words.exportActivityFilter, extensions: ['csv'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}
