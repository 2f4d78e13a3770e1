import { fillWords, nativeWords, type NativeLanguage } from '../../../shared/i18n/native-words.ts';

/** What Electron's `dialog.showErrorBox(title, content)` takes. */
export interface ErrorBox {
  title: string;
  content: string;
}

/** The native error box after a failed start, in the app's language, naming the log folder. */
export function startupFailureBox(logFolder: string, language: NativeLanguage): ErrorBox {
  const words = nativeWords[language];
  return {
    title: words.startFailedTitle,
    content: fillWords(words.startFailedDetail, { logs: logFolder }),
  };
}

export interface StartupGuardOptions {
  /** Everything from `whenReady` to the open window. */
  start: () => Promise<void>;
  /** Writes the error to the log; must not throw (the guard catches it anyway). */
  log: (error: unknown) => void;
  /** Shows the native error box (Electron's `dialog.showErrorBox`, which works before ready). */
  showFailure: () => void;
  /** Ends the process (`app.exit(1)`), which also releases the single-instance lock. */
  exit: (code: number) => void;
}

/**
 * Runs the start-up and turns any failure into a visible end. Without it, an error before the
 * window opens left a windowless process holding the single-instance lock, so every later launch
 * quit at once and the app looked dead until the user killed it.
 */
export async function runGuardedStartup(options: StartupGuardOptions): Promise<boolean> {
  try {
    await options.start();
    return true;
  } catch (error) {
    for (const step of [() => options.log(error), options.showFailure]) {
      try {
        step();
      } catch {
        // Reporting must not stop the exit below: a stuck process is the failure to avoid.
      }
    }
    options.exit(1);
    return false;
  }
}
