import { AzureTester } from '../../../electron/main/connection/providers/azure-tester.ts';
import type { ProviderTester } from '../../../electron/main/connection/tester-types.ts';
import { AZURE_AUTHORITY_HOSTS } from '../../../shared/integration-config.ts';
import type { AzureStandIn } from '../../support/provider-stand-ins/azure-stand-in.ts';

/**
 * The real Azure tester, with the global cloud's authority host pointed at the local Entra ID
 * stand-in. The add dialog offers only the three real clouds (a custom authority host cannot be
 * typed there), and the runner's endpoint seam has no authority-host field, so the harness maps
 * `https://login.microsoftonline.com` to the stand-in here; everything else (MSAL, TLS with the
 * test CA, error mapping) is the app's own code.
 */
export function azureTesterViaStandIn(standIn: AzureStandIn): ProviderTester<'azure'> {
  const tester = new AzureTester({ tlsCa: standIn.caCertificate });
  return {
    test: (credentials, config, context) =>
      tester.test(
        credentials,
        config.authorityHost === AZURE_AUTHORITY_HOSTS.public
          ? { ...config, authorityHost: standIn.authorityHost }
          : config,
        context,
      ),
  };
}
