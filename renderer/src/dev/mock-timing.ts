import { AppError } from '../../../shared/errors.ts';

/* DEVELOPMENT ONLY: the mock main process's waits, so the UI shows its pending states. */

/** Waits `ms`; an abort ends the wait as main's cancelled test does. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new AppError('cancelled', 'The test was cancelled.'));
    });
  });
