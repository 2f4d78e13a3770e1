/**
 * A change of the Supabase project, that is of where the password and every key added go. Origins
 * only (shared/app-settings.ts normalizes them); null is "no project".
 */
export interface ProjectChange {
  from: string | null;
  to: string | null;
}
