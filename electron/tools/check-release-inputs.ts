/**
 * `node electron/tools/check-release-inputs.ts <tag>`: run by the release workflow before it
 * packages anything. Fails when the tag is not `v` + package.json's version (electron-updater
 * compares versions, so a mismatch would ship an update nobody receives), and when the build-time
 * Supabase settings would bake an unusable or dangerous key into every installer (a service_role
 * or sb_secret_ key bypasses Row Level Security for anyone who has the app), and when the workflow
 * runs in another repository than package.json's `repository` (electron-builder points the app's
 * update feed there, while the publish job uploads to the repository it runs in).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectionSettingsSchema, englishIssue } from '../../shared/app-settings.ts';

export interface ReleaseInputs {
  tag: string;
  version: string;
  /** package.json's `repository` (a string or `{ url }`). */
  repository?: string | { url?: string };
  env: Record<string, string | undefined>;
}

/** `owner/name` of a GitHub repository URL as npm writes them, or null. */
export function githubRepositoryOf(repository: ReleaseInputs['repository']): string | null {
  const url = typeof repository === 'string' ? repository : (repository?.url ?? '');
  const match =
    /^(?:github:|git@github\.com:|(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com\/)?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(
      url.trim(),
    );
  return match ? `${match[1]}/${match[2]}` : null;
}

export function checkReleaseInputs({ tag, version, repository, env }: ReleaseInputs): {
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
  const feedRepository = githubRepositoryOf(repository);
  if (!feedRepository) {
    errors.push(
      "package.json has no GitHub `repository`: the app's update feed would point nowhere",
    );
  } else if (
    env.GITHUB_REPOSITORY &&
    env.GITHUB_REPOSITORY.toLowerCase() !== feedRepository.toLowerCase()
  ) {
    errors.push(
      `package.json's repository is ${feedRepository} but this release runs in ${env.GITHUB_REPOSITORY}: ` +
        "installed apps would look for updates where this release is not published (edit package.json's repository)",
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
  const { version, repository } = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'),
  ) as Pick<ReleaseInputs, 'version' | 'repository'>;
  const { errors, notes } = checkReleaseInputs({ tag, version, repository, env: process.env });
  for (const note of notes) console.log(`release: ${note}`);
  for (const error of errors) console.error(`release: ${error}`);
  process.exit(errors.length === 0 ? 0 : 1);
}
