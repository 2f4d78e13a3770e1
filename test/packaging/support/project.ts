import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

/** The repository root (this file is test/packaging/support/project.ts). */
export const projectDir = join(import.meta.dirname, '../../..');

export function projectPath(...parts: string[]): string {
  return join(projectDir, ...parts);
}

/** Parses a YAML file of the project with js-yaml, the parser electron-builder itself uses. */
export function readYaml<T = Record<string, unknown>>(...parts: string[]): T {
  return load(readFileSync(projectPath(...parts), 'utf8')) as T;
}

export function readJson<T = Record<string, unknown>>(...parts: string[]): T {
  return JSON.parse(readFileSync(projectPath(...parts), 'utf8')) as T;
}

/** The release fuses, as the issue asks for them. The test build differs in nodeCliInspect only. */
export const RELEASE_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const;
