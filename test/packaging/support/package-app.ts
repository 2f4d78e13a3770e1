import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from './project.ts';
import { UPDATE_FEED_FILE } from './record-update-feed.ts';
import type { StubPlatform } from './stub-electron.ts';

export interface PackageForCheckOptions {
  /** The project to package (the repository, or a copy with canary files). */
  projectDir: string;
  /** The electron-builder config file to extend: electron-builder.yml or electron-builder.test.yml. */
  config: string;
  /** Scratch folder: the overlay config and the output go here. */
  workDir: string;
  /** A stand-in Electron distribution for `platform` (stub-electron.ts). */
  electronDist: string;
  platform?: StubPlatform;
  env?: Record<string, string>;
}

export interface PackagedApp {
  platform: StubPlatform;
  /** electron-builder's output folder (holds linux-unpacked/, win-unpacked/ or mac/). */
  outputDir: string;
  appOutDir: string;
  /** What the user starts, at the path electron-builder gives it (not found, but computed). */
  executable: string;
  /** The app-update.yml electron-builder wrote into the app, or (Windows, macOS) would write. */
  updateFeed: string;
  /** The file that carries Electron's fuse wire: the executable, or on macOS the framework. */
  fuseBinary: string;
  resourcesDir: string;
  asar: string;
  log: string;
}

/**
 * What only this machine needs, on top of the project's configuration: Electron from a stand-in,
 * no native rebuild against Electron's headers (keytar is N-API and ships built), and no tool
 * that does not run on Linux. Windows: rcedit needs wine and signing needs a certificate
 * (signAndEditExecutable). macOS: no codesign (identity null), and so no ad-hoc re-signing after
 * the fuses are flipped (resetAdHocDarwinSignature runs `codesign`). Both: record-update-feed.ts
 * records the app-update.yml that the installer targets would get.
 */
const recordUpdateFeed = join(import.meta.dirname, 'record-update-feed.ts');
const PLATFORM_OVERLAY: Record<StubPlatform, Record<string, unknown>> = {
  linux: {},
  win: { win: { signAndEditExecutable: false }, afterPack: recordUpdateFeed },
  mac: {
    mac: { identity: null },
    electronFuses: { resetAdHocDarwinSignature: false },
    afterPack: recordUpdateFeed,
  },
};

/** Where electron-builder puts a `dir` build of each system (x64), and its file names. */
export function packagedPaths(platform: StubPlatform, outputDir: string): Omit<PackagedApp, 'log'> {
  if (platform === 'mac') {
    const appOutDir = join(outputDir, 'mac');
    const contents = join(appOutDir, 'Aterges Desktop.app', 'Contents');
    const resourcesDir = join(contents, 'Resources');
    return {
      platform,
      outputDir,
      appOutDir,
      executable: join(contents, 'MacOS', 'Aterges Desktop'),
      fuseBinary: join(
        contents,
        'Frameworks',
        'Electron Framework.framework',
        'Electron Framework',
      ),
      resourcesDir,
      asar: join(resourcesDir, 'app.asar'),
      updateFeed: join(outputDir, UPDATE_FEED_FILE),
    };
  }
  const appOutDir = join(outputDir, `${platform}-unpacked`);
  const executable = join(
    appOutDir,
    platform === 'win' ? 'Aterges Desktop.exe' : 'aterges-desktop',
  );
  const resourcesDir = join(appOutDir, 'resources');
  return {
    platform,
    outputDir,
    appOutDir,
    executable,
    fuseBinary: executable,
    resourcesDir,
    asar: join(resourcesDir, 'app.asar'),
    updateFeed:
      platform === 'linux'
        ? join(resourcesDir, 'app-update.yml')
        : join(outputDir, UPDATE_FEED_FILE),
  };
}

/**
 * Runs the real electron-builder CLI with the project's configuration for a `--dir` package of
 * one system, changing only what cannot run here (PLATFORM_OVERLAY and the stand-in Electron).
 */
export async function packageForCheck(options: PackageForCheckOptions): Promise<PackagedApp> {
  const platform = options.platform ?? 'linux';
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
      ...PLATFORM_OVERLAY[platform],
    }),
  );
  const cli = projectPath('node_modules', 'electron-builder', 'cli.js');
  const args = [cli, `--${platform}`, 'dir', '--x64', '--config', overlay, '--publish', 'never'];
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
            `electron-builder (${platform}) exited with ${code}:\n${text.split('\n').slice(-40).join('\n')}`,
          ),
        );
    });
  });
  return { ...packagedPaths(platform, output), log };
}
