import { expect } from 'vitest';
import { ConnectionService } from '../../../electron/main/connection/connection-service.ts';
import type {
  StatusChangedEvent,
  TestOutcome,
} from '../../../electron/main/connection/connection-service.ts';
import type { ConnectionTestRunner } from '../../../electron/main/connection/connection-test-runner.ts';
import type { CredentialsByProvider } from '../../../shared/credentials.ts';
import type { ProviderType } from '../../../shared/providers.ts';
import { serializeCredentials } from '../../../shared/stored-credentials.ts';
import { InMemoryVault } from './in-memory-vault.ts';
import { captureConsole, expectNoSecret } from './leak-check.ts';

/**
 * The canary check every API-key provider shares: the keys are stored, "Test all" tests them, and
 * afterwards no key (nor a run of it) is in the results, the status events, the status writes, the
 * audit events, the list, or anything printed; every key did reach the provider (`sent`, read from
 * the stand-in's request log). Returns the outcomes in the order of `stored`.
 */
export async function testAllWithoutLeaks<T extends ProviderType>(options: {
  runner: ConnectionTestRunner;
  type: T;
  stored: { credentials: CredentialsByProvider[T]; config?: Record<string, string> }[];
  secrets: readonly string[];
  sent: () => (string | undefined)[];
}): Promise<TestOutcome[]> {
  const vault = new InMemoryVault();
  const events: StatusChangedEvent[] = [];
  const service = new ConnectionService({
    vault,
    runner: options.runner,
    onStatusChanged: (event) => events.push(event),
  });
  const ids = options.stored.map(
    ({ credentials, config }) =>
      vault.seed(
        options.type,
        serializeCredentials(options.type, credentials),
        config ? { config } : {},
      ).id,
  );
  const console = captureConsole();
  try {
    const outcomes = await service.testAll();
    const secrets = options.secrets;
    for (const seen of [outcomes, events, vault.statusWrites, vault.events, await vault.list()]) {
      expectNoSecret(seen, secrets);
    }
    expectNoSecret(console.text(), secrets);
    expect(options.sent()).toEqual(expect.arrayContaining([...secrets]));
    return ids.map((id) => outcomes.find((o) => o.integrationId === id)!);
  } finally {
    console.stop();
  }
}
