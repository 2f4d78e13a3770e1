import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from './project.ts';

export interface PackageForCheckOptions {
  /** The project to package (the repository, or a copy with canary files). */
  projectDir: string;
  /** The electron-builder config file to extend: electron-builder.yml or electron-builder.test.yml. */
  config: string;
  /** Scratch folder: the overlay config and the output go here. */
  workDir: string;
  electronDist: string;
  env?: Record<string, string>;
}

export interface PackagedApp {
  appOutDir: string;
  executable: string;
  resourcesDir: string;
  asar: string;
  log: string;
}

/**
 * Runs the real electron-builder CLI with the project's configuration for a Linux `--dir`
 * package, changing only what cannot run offline: Electron comes from a stub distribution, and
 * native modules are not rebuilt against Electron's headers (keytar is N-API and ships built).
 */
export async function packageForCheck(options: PackageForCheckOptions): Promise<PackagedApp> {
  mkdirSync(options.workDir, { recursive: true });
  const output = join(options.workDir, 'out');
  const overlay = join(options.workDir, 'overlay.json');
  writeFileSync(
    overlay,
    JSON.stringify({
      extends: [join(options.projectDir, options.config)],
      electronDist: options.electronDist,
      npmRebuild: false,
      directories: { output },
    }),
  );
  const cli = projectPath('node_modules', 'electron-builder', 'cli.js');
  const args = [cli, '--linux', 'dir', '--x64', '--config', overlay, '--publish', 'never'];
  const log = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.projectDir,
      env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(text);
      else
        reject(
          new Error(
            `electron-builder exited with ${code}:\n${text.split('\n').slice(-40).join('\n')}`,
          ),
        );
    });
  });
  const appOutDir = join(output, 'linux-unpacked');
  const resourcesDir = join(appOutDir, 'resources');
  return {
    appOutDir,
    executable: join(appOutDir, 'aterges-desktop'),
    resourcesDir,
    asar: join(resourcesDir, 'app.asar'),
    log,
  };
}
