// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Integration } from '../../../shared/integration.ts';
import { listOf, makeIntegration, signedIn } from '../test-support/fake-main.ts';
import { passed, rejected } from '../test-support/fake-vault.ts';
import { renderApp } from '../test-support/render-app.tsx';

afterEach(cleanup);

/** A list of one row whose test gives `verdict`; the stored row follows the test as main's does. */
function appTesting(row: Integration, verdict: typeof rejected) {
  let stored = row;
  return renderApp(
    {
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([stored]),
      'integrations:test': () => {
        const result = verdict();
        stored = result.ok
          ? { ...stored, status: 'connected', errorCode: null }
          : { ...stored, status: 'error', errorCode: result.reason };
        return result;
      },
    },
    'es',
  );
}

describe('the row after a test', () => {
  it('says a rejected key once: the row error line, not again as the test line under it', async () => {
    const app = appTesting(makeIntegration({ name: 'Errata', status: 'connected' }), rejected);
    await app.user.click(await screen.findByRole('button', { name: 'Probar Conexión' }));
    const row = screen.getByRole('article', { name: 'Errata' });
    await waitFor(() => expect(row.getAttribute('data-status')).toBe('error'));
    expect(within(row).getAllByText(/El proveedor rechazó la clave/)).toHaveLength(1);
  });

  it('still shows a passing test as its own line', async () => {
    const app = appTesting(makeIntegration({ name: 'Buena', status: 'error' }), passed);
    await app.user.click(await screen.findByRole('button', { name: 'Probar Conexión' }));
    const row = screen.getByRole('article', { name: 'Buena' });
    expect(await within(row).findByText(/✓/)).toBeTruthy();
  });
});
