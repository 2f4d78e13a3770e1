import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConnectionTestRunner } from '../../../electron/main/connection/connection-test-runner.ts';
import type { LocalStack } from '../../../supabase/local/stack.ts';
import { startLocalStack } from '../../../supabase/local/stack.ts';
import type { StandIns } from '../../providers/support/stand-in-suite.ts';
import { startStandIns } from '../../providers/support/stand-in-suite.ts';
import { buildPageBridgeScript } from './build-page-bridge.ts';
import { serveBuiltRenderer } from './renderer-server.ts';

export const RENDERER_DIR = join(import.meta.dirname, '../../../out/renderer');

/**
 * What every scenario of a worker shares: the local Supabase (real Postgres, migrations and the
 * local HTTP API), the four provider stand-ins, the built renderer served with the app's headers,
 * and the page bridge script. Each scenario then starts its own "main process" on top.
 */
export interface E2eEnvironment {
  stack: LocalStack;
  standIns: StandIns;
  /** Origin of the served renderer; the trusted-sender check accepts only this origin. */
  origin: string;
  bridgeScript: string;
  /** A runner whose testers reach the stand-ins (a new one per main process, as in the app). */
  runner(): ConnectionTestRunner;
  stop(): Promise<void>;
}

export async function startE2eEnvironment(): Promise<E2eEnvironment> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The built renderer is missing (${RENDERER_DIR}). Run \`npx electron-vite build\` first; \`npm test\` builds it before the end-to-end step.`,
    );
  }
  const [stack, standIns, renderer, bridgeScript] = await Promise.all([
    // The scenarios sign up through the UI and go straight on to what they test, so the project
    // confirms e-mail addresses automatically; a scenario about the confirmation mail itself turns
    // `stack.authSettings.autoconfirm` off and follows the link from `stack.mail`.
    startLocalStack({ authSettings: { autoconfirm: true } }),
    startStandIns(),
    serveBuiltRenderer(RENDERER_DIR),
    buildPageBridgeScript(),
  ]);
  return {
    stack,
    standIns,
    origin: renderer.origin,
    bridgeScript,
    runner: () =>
      new ConnectionTestRunner({
        // The add dialog offers only Microsoft's clouds: point every Azure test at the stand-in.
        endpoints: { ...standIns.endpoints, azureAuthorityHost: standIns.azure.authorityHost },
        fetch: standIns.fetch,
      }),
    async stop() {
      await Promise.allSettled([stack.stop(), standIns.close(), renderer.close()]);
    },
  };
}
