import { supabaseUrlSchema } from '../../../shared/app-settings.ts';
import { AppError } from '../../../shared/errors.ts';
import type { SettingsStore } from '../settings/settings-store.ts';

import type { ProjectChange } from '../../../shared/project-change.ts';

export type { ProjectChange };

/** Asks the person outside the page (a native dialog in the app); true for yes. */
export type ConfirmProjectChange = (change: ProjectChange) => Promise<boolean>;

type Settings = Pick<SettingsStore, 'resolve' | 'isFirstSetup' | 'fallbackConnection'>;

/**
 * What saving this project URL would change, or null when there is nothing to ask: the same
 * project (another key for it), input the settings store refuses anyway (with the field named),
 * or the very first setup of an app with no project at all, which the page shows as the
 * normalized origin before saving.
 */
export async function changeForSet(
  settings: Settings,
  requestedUrl: string,
): Promise<ProjectChange | null> {
  const requested = supabaseUrlSchema.safeParse(requestedUrl);
  if (!requested.success) return null;
  const current = (await settings.resolve()).connection?.supabaseUrl ?? null;
  if (requested.data === current) return null;
  if (current === null && (await settings.isFirstSetup())) return null;
  return { from: current, to: requested.data };
}

/** What forgetting the saved project would change (the build's project may take over), or null. */
export async function changeForClear(settings: Settings): Promise<ProjectChange | null> {
  const resolved = await settings.resolve();
  if (resolved.source !== 'settings' || !resolved.connection) return null;
  const from = resolved.connection.supabaseUrl;
  const to = settings.fallbackConnection()?.supabaseUrl ?? null;
  return from === to ? null : { from, to };
}

/** Goes on only after a yes; a no (or a closed dialog) leaves everything as it was. */
export async function requireYes(
  confirm: ConfirmProjectChange,
  change: ProjectChange | null,
): Promise<void> {
  if (change === null) return;
  if (!(await confirm(change))) {
    throw new AppError('cancelled', 'project_not_changed');
  }
}
