/**
 * `node electron/tools/check-release-inputs.ts <tag>`: run by the release workflow before it
 * packages anything. Fails when the tag is not `v` + package.json's version (electron-updater
 * compares versions, so a mismatch would ship an update nobody receives), and when the build-time
 * Supabase settings would bake an unusable or dangerous key into every installer (a service_role
 * or sb_secret_ key bypasses Row Level Security for anyone who has the app).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectionSettingsSchema, englishIssue } from '../../shared/app-settings.ts';

export interface ReleaseInputs {
  tag: string;
  version: string;
  env: Record<string, string | undefined>;
}

export function checkReleaseInputs({ tag, version, env }: ReleaseInputs): {
  errors: string[];
  notes: string[];
} {
  const errors: string[] = [];
  const notes: string[] = [];
  if (tag !== `v${version}`) {
    errors.push(
      `the tag ${tag} does not match package.json's version ${version} (expected v${version})`,
    );
  }
  const supabaseUrl = env.MAIN_VITE_SUPABASE_URL ?? '';
  const supabaseAnonKey = env.MAIN_VITE_SUPABASE_ANON_KEY ?? '';
  if (!supabaseUrl && !supabaseAnonKey) {
    notes.push('no build-time Supabase project: users connect their own in Settings on first run');
  } else {
    const parsed = connectionSettingsSchema.safeParse({ supabaseUrl, supabaseAnonKey });
    if (parsed.success)
      notes.push(`build-time Supabase project: ${new URL(parsed.data.supabaseUrl).host}`);
    for (const issue of parsed.error?.issues ?? []) {
      errors.push(
        `MAIN_VITE_${issue.path[0] === 'supabaseUrl' ? 'SUPABASE_URL' : 'SUPABASE_ANON_KEY'}: ${englishIssue(issue)}`,
      );
    }
  }
  return { errors, notes };
}

if (import.meta.main) {
  const tag = process.argv[2] ?? '';
  const { version } = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'),
  ) as {
    version: string;
  };
  const { errors, notes } = checkReleaseInputs({ tag, version, env: process.env });
  for (const note of notes) console.log(`release: ${note}`);
  for (const error of errors) console.error(`release: ${error}`);
  process.exit(errors.length === 0 ? 0 : 1);
}
