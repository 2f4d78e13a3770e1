import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath, readYaml } from './support/project.ts';

/* The GitHub Actions workflows, parsed: the jobs, the steps and the conditions that matter. */

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on'?: string;
  uses?: string;
  needs?: string | string[];
  container?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix: { include?: Record<string, string>[]; os?: string[] } };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const testWorkflow = readYaml<Workflow>('.github', 'workflows', 'test.yml');
const releaseWorkflow = readYaml<Workflow>('.github', 'workflows', 'release.yml');

/** The test command the README gives (the line in its shell block that runs the tests). */
function readmeTestCommand(): string {
  const readme = readFileSync(projectPath('README.md'), 'utf8');
  const command = /^\s*(npm (?:run )?test\b[^#\n]*?)\s*(?:#.*)?$/m.exec(readme)?.[1];
  if (!command)
    throw new Error('README.md names no test command (a line starting with `npm test`)');
  return command;
}

const matrixOses = (job: Job): string[] =>
  (
    job.strategy?.matrix.include?.map((entry) => entry.os ?? '') ??
    job.strategy?.matrix.os ??
    []
  ).sort();
const runs = (job: Job): string[] =>
  (job.steps ?? []).flatMap((step) => (step.run ? [step.run.trim()] : []));
const secretsIn = (step: Step): string[] =>
  [...JSON.stringify(step.env ?? {}).matchAll(/secrets\.([A-Z_]+)/g)].map((m) => m[1]!);

/**
 * The smoke test restarts the app and expects its session back from the keychain: on Linux the
 * private keyring's tools must be there (with-keyring.ts only warns without them), checked before
 * the smoke runs under with-keyring.
 */
function expectKeychainChecked(run: string): void {
  const check = run.indexOf('for tool in dbus-run-session gnome-keyring-daemon; do');
  expect(check, 'the keyring tools are checked').toBeGreaterThanOrEqual(0);
  expect(run.indexOf('exit 1', check)).toBeGreaterThan(check);
  expect(run.indexOf('node test/tools/with-keyring.ts npx playwright test')).toBeGreaterThan(check);
}

describe('actions in both workflows', () => {
  it('are pinned to a full commit SHA, with the release tag in a comment', () => {
    for (const file of ['test.yml', 'release.yml']) {
      const text = readFileSync(projectPath('.github', 'workflows', file), 'utf8');
      const uses = [...text.matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)].filter(
        (m) => !m[1]!.startsWith('./'),
      );
      expect(uses.length, file).toBeGreaterThan(0);
      for (const [line, action, comment] of uses) {
        expect(action, `${file}: ${line}`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
        expect(comment!.trim(), `${file}: ${line}`).toMatch(/^# v\d+\.\d+\.\d+$/);
      }
    }
  });

  it('use the same version of an action everywhere', () => {
    const versions = new Map<string, Set<string>>();
    for (const file of ['test.yml', 'release.yml']) {
      const text = readFileSync(projectPath('.github', 'workflows', file), 'utf8');
      for (const [, action, ref] of text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@(\S+)/g)) {
        versions.set(action!, (versions.get(action!) ?? new Set()).add(ref!));
      }
    }
    for (const [action, refs] of versions) expect(refs.size, action).toBe(1);
  });
});

describe('test.yml', () => {
  const job = testWorkflow.jobs.test!;

  it('runs on pushes, pull requests, and when release.yml calls it', () => {
    expect(Object.keys(testWorkflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_call']);
    expect(testWorkflow.permissions).toEqual({ contents: 'read' });
  });

  it('runs on Ubuntu, macOS and Windows', () => {
    expect(matrixOses(job)).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
  });

  it("installs with npm ci, then runs exactly the README's test command, on Node 24", () => {
    const steps = runs(job);
    expect(readmeTestCommand()).toBe('npm test');
    expect(steps).toContain('npm ci');
    expect(steps.indexOf(readmeTestCommand())).toBeGreaterThan(steps.indexOf('npm ci'));
    const setupNode = job.steps?.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with?.['node-version']).toBe(24);
  });

  it('installs the keychain and browser packages on Linux first', () => {
    const steps = job.steps ?? [];
    const system = steps.find(
      (step) => step.if === "runner.os == 'Linux'" && step.run?.includes('apt-get install'),
    );
    for (const pkg of ['libsecret-1-dev', 'gnome-keyring', 'dbus', 'chromium']) {
      expect(system?.run, pkg).toMatch(new RegExp(`\\s${pkg}(\\s|$)`));
    }
    expect(steps.indexOf(system!)).toBeLessThan(
      steps.findIndex((step) => step.run?.trim() === 'npm ci'),
    );
  });

  it('after npm test, installs Electron and runs the real-Electron smoke test, which must not skip', () => {
    const steps = job.steps ?? [];
    const at = (name: string): number => steps.findIndex((step) => step.name === name);
    const install = steps[at('Electron binary (for the smoke test)')];
    expect(install?.run).toBe('node node_modules/electron/install.js');
    const smoke = steps[at('Electron smoke test')];
    expect(smoke?.if).toBeUndefined(); // all three systems
    expect(smoke?.run).toContain(
      'xvfb-run -a node test/tools/with-keyring.ts npx playwright test test/e2e/electron-smoke.spec.ts',
    );
    expect(smoke?.run).toContain('s.expected < 1 || s.skipped > 0 || s.unexpected > 0');
    expectKeychainChecked(smoke?.run ?? '');
    const order = [
      at('Test'),
      at('Electron binary (for the smoke test)'),
      at('Electron smoke test'),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('release.yml', () => {
  const packageJob = releaseWorkflow.jobs.package!;
  const steps = packageJob.steps ?? [];
  const step = (name: string): Step => {
    const found = steps.find((s) => s.name === name);
    if (!found) throw new Error(`release.yml has no step "${name}"`);
    return found;
  };

  it('runs for v* tags only, after the full test workflow', () => {
    expect(releaseWorkflow.on).toEqual({ push: { tags: ['v*'] } });
    expect(releaseWorkflow.jobs.test?.uses).toBe('./.github/workflows/test.yml');
    expect(packageJob.needs).toBe('test');
  });

  it('packages on Linux, macOS and Windows', () => {
    expect(matrixOses(packageJob)).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
  });

  it('smoke-tests the unfused test build, found by its executable, before packaging the release', () => {
    const testBuild = step('Package the test build');
    expect(testBuild.run).toContain('--config electron-builder.test.yml');
    expect(testBuild.run).toContain('--publish never');
    const smoke = step('Smoke-test the packaged test build');
    expect(smoke.run).toContain(
      'ATERGES_ELECTRON_EXECUTABLE="$(node electron/tools/find-packaged-app.ts release-test)"',
    );
    expect(smoke.run).toContain('export ATERGES_ELECTRON_EXECUTABLE');
    expect(smoke.run).toContain('playwright test test/e2e/electron-smoke.spec.ts');
    // A skipped smoke test (no executable found) must fail the release, not pass it.
    expect(smoke.run).toContain('s.expected < 1 || s.skipped > 0 || s.unexpected > 0');
    expectKeychainChecked(smoke.run ?? '');
    const order = [
      'Build the app bundles',
      'Package the test build',
      'Smoke-test the packaged test build',
      'Package (unsigned)',
    ];
    const positions = order.map((name) => steps.indexOf(step(name)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('signs only when the secrets exist, and skips signing cleanly otherwise', () => {
    const decide = step('Decide on signing');
    expect(decide.env).toEqual({
      HAS_MAC_CERTIFICATE: "${{ secrets.CSC_LINK != '' }}",
      HAS_WINDOWS_CERTIFICATE: "${{ secrets.WIN_CSC_LINK != '' }}",
      HAS_AZURE_SIGNING:
        "${{ secrets.AZURE_CLIENT_SECRET != '' && vars.AZURE_SIGNING_ENDPOINT != '' }}",
    });
    const mac = step('Package (macOS, signed and notarized)');
    expect(mac.if).toBe("matrix.platform == 'mac' && steps.signing.outputs.sign == 'true'");
    expect(secretsIn(mac).sort()).toEqual(
      [
        'APPLE_APP_SPECIFIC_PASSWORD',
        'APPLE_ID',
        'APPLE_TEAM_ID',
        'CSC_KEY_PASSWORD',
        'CSC_LINK',
      ].sort(),
    );
    const pfx = step('Package (Windows, signed with a .pfx)');
    expect(pfx.if).toBe("matrix.platform == 'win' && steps.signing.outputs.method == 'pfx'");
    expect(secretsIn(pfx).sort()).toEqual(['WIN_CSC_KEY_PASSWORD', 'WIN_CSC_LINK']);
    const unsigned = step('Package (unsigned)');
    expect(unsigned.if).toBe("steps.signing.outputs.sign != 'true'");
    expect(unsigned.env).toEqual({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    expect(secretsIn(unsigned)).toEqual([]);
  });

  it('signs Windows with Azure Trusted Signing when there is no .pfx but an Azure identity', () => {
    const azure = step('Package (Windows, signed with Azure Trusted Signing)');
    expect(azure.if).toBe("matrix.platform == 'win' && steps.signing.outputs.method == 'azure'");
    expect(secretsIn(azure).sort()).toEqual([
      'AZURE_CLIENT_ID',
      'AZURE_CLIENT_SECRET',
      'AZURE_TENANT_ID',
    ]);
    for (const option of [
      'endpoint',
      'codeSigningAccountName',
      'certificateProfileName',
      'publisherName',
    ]) {
      expect(azure.run).toContain(`--config.win.azureSignOptions.${option}=`);
    }
    const decide = step('Decide on signing').run ?? '';
    // A .pfx wins when both are configured.
    expect(decide.indexOf('method=pfx')).toBeLessThan(decide.indexOf('method=azure'));
  });

  it('builds an unsigned macOS app without an update feed, and says so in the summary', () => {
    expect(step('Package (unsigned)').run).toContain(
      'npx electron-builder --mac --publish never --config electron-builder.unsigned-mac.yml',
    );
    const decide = step('Decide on signing').run ?? '';
    expect(decide).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(decide).toContain('no latest-mac.yml is published');
  });

  it('hands signing secrets to the signing steps and to no other step', () => {
    const signing = new Set([
      'Package (macOS, signed and notarized)',
      'Package (Windows, signed with a .pfx)',
      'Package (Windows, signed with Azure Trusted Signing)',
    ]);
    for (const s of steps.filter((s) => !signing.has(s.name ?? ''))) {
      expect(secretsIn(s), s.name ?? s.uses).toEqual(
        s.name === 'Decide on signing' ? ['CSC_LINK', 'WIN_CSC_LINK', 'AZURE_CLIENT_SECRET'] : [],
      );
    }
    expect(JSON.stringify(packageJob).match(/secrets\./g)).toHaveLength(13);
  });

  it('packages with --publish never and uploads the release folder only (not release-test/)', () => {
    for (const s of steps.filter((s) => s.run?.includes('electron-builder'))) {
      expect(s.run, s.name).toContain('--publish never');
    }
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    const paths = String(upload?.with?.path).trim().split('\n');
    expect(paths.every((path) => path.startsWith('release/'))).toBe(true);
    expect(paths).toEqual(expect.arrayContaining(['release/latest*.yml', 'release/*.blockmap']));
  });

  it('publishes from one job, the only one allowed to write to the repository', () => {
    expect(releaseWorkflow.permissions).toEqual({ contents: 'read' });
    const publish = releaseWorkflow.jobs.publish!;
    expect(publish.needs).toBe('package');
    expect(publish.permissions).toEqual({ contents: 'write' });
    expect(runs(publish).join('\n')).toMatch(/gh release create "\$TAG" dist\/\*/);
    for (const [name, job] of Object.entries(releaseWorkflow.jobs)) {
      if (name !== 'publish') expect(job.permissions?.contents ?? 'read', name).toBe('read');
    }
  });

  it('checks the tag, the repository and the build-time settings before packaging', () => {
    const env = (packageJob as { env?: Record<string, string> }).env;
    expect(env).toEqual({
      MAIN_VITE_SUPABASE_URL: '${{ vars.MAIN_VITE_SUPABASE_URL }}',
      MAIN_VITE_SUPABASE_ANON_KEY: '${{ vars.MAIN_VITE_SUPABASE_ANON_KEY }}',
    });
    // The update feed's repository comes from package.json, nowhere else.
    expect(JSON.stringify(releaseWorkflow)).not.toMatch(/GH_OWNER|GH_REPO/);
    expect(step('Check the tag, the repository and the build-time settings').run).toBe(
      'node electron/tools/check-release-inputs.ts "$GITHUB_REF_NAME"',
    );
  });
});
