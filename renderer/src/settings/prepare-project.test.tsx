// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import type { FakeHandlers } from '../test-support/fake-main.ts';
import { listOf, settingsHandlers, settingsOf, signedIn } from '../test-support/fake-main.ts';
import { renderApp, rendererState } from '../test-support/render-app.tsx';

afterEach(cleanup);

const CANARY_PASSWORD = 'canary-dbpw-7f3a9c2e';
const DATABASE_URL = `postgresql://postgres:${CANARY_PASSWORD}@db.abcdefghijklmnopqrst.supabase.co:5432/postgres`;
const CURRENT = {
  status: 'current',
  databaseVersion: '20261205400000',
  appVersion: '20261205400000',
} as const;

async function openSettings(handlers: FakeHandlers, language: 'en' | 'es' = 'en') {
  const app = renderApp(
    {
      ...settingsHandlers(settingsOf({ preferences: { language, theme: 'system' } })),
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([]),
      'project:schema-status': () => CURRENT,
      ...handlers,
    },
    language,
  );
  const settings = language === 'es' ? 'Configuración' : 'Settings';
  await app.user.click(await screen.findByRole('button', { name: settings }));
  return app;
}

async function prepare(
  app: Awaited<ReturnType<typeof openSettings>>,
  label: string,
  button: string,
) {
  await app.user.click(screen.getByLabelText(label));
  await app.user.paste(DATABASE_URL);
  await app.user.click(screen.getByRole('button', { name: button }));
}

describe('Preparar proyecto', () => {
  it('sends the connection string once, shows the steps and the outcome, and keeps no copy', async () => {
    let release: () => void = () => undefined;
    const app = await openSettings(
      {
        'project:prepare': async () => {
          app.main.emit('project:setup-progress', { step: 'apply', done: 2, total: 5 });
          await new Promise<void>((resolve) => (release = resolve));
          return {
            outcome: 'prepared',
            applied: ['20261205400000'],
            schemaVersion: '20261205400000',
          };
        },
      },
      'es',
    );
    await prepare(app, 'Cadena de conexión de la base de datos', 'Preparar proyecto');
    expect(await screen.findByText('Aplicando el paso 2 de 5…')).toBeTruthy();
    release();
    expect(await screen.findByText('El proyecto está listo: se aplicó 1 paso.')).toBeTruthy();
    expect(app.main.callsTo('project:prepare')).toEqual([{ databaseUrl: DATABASE_URL }]);
    expect(rendererState(app.queryClient)).not.toContain(CANARY_PASSWORD);
  });

  it('puts a wrong password on the field, in the user language, and empties it', async () => {
    const app = await openSettings(
      {
        'project:prepare': () => {
          throw new AppError('invalid_input', 'database_wrong_password', { field: 'databaseUrl' });
        },
      },
      'es',
    );
    await prepare(app, 'Cadena de conexión de la base de datos', 'Preparar proyecto');
    const input = screen.getByLabelText<HTMLInputElement>('Cadena de conexión de la base de datos');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(document.body.textContent).toContain(
      'La base de datos rechazó el usuario o la contraseña.',
    );
    expect(input.value).toBe('');
    expect(input.type).toBe('password');
  });

  it('refuses what is not a Postgres connection string before sending it', async () => {
    const app = await openSettings({});
    await app.user.click(screen.getByLabelText('Database connection string'));
    await app.user.paste('https://abcdefghijklmnopqrst.supabase.co');
    await app.user.click(screen.getByRole('button', { name: 'Prepare project' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Database connection string').getAttribute('aria-invalid')).toBe(
        'true',
      ),
    );
    expect(app.main.callsTo('project:prepare')).toEqual([]);
  });

  it('says after sign-in when the project needs updating, and leads to the setup', async () => {
    const app = renderApp({
      'session:get-state': () => signedIn(),
      'integrations:list': () => listOf([]),
      'project:schema-status': () => ({
        ...CURRENT,
        status: 'outdated',
        databaseVersion: '20261204150000',
      }),
    });
    const banner = await screen.findByRole('status', { name: /needs updating/ });
    await app.user.click(
      banner.querySelector('button') ?? screen.getByRole('button', { name: 'Prepare project' }),
    );
    expect(await screen.findByLabelText('Database connection string')).toBeTruthy();
  });
});
