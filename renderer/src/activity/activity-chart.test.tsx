// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActivityDaily } from '../../../shared/activity.ts';
import { listOf, makeIntegration, signedIn } from '../test-support/fake-main.ts';
import { renderApp } from '../test-support/render-app.tsx';

afterEach(cleanup);

const prod = makeIntegration({ name: 'Prod OpenAI' });

function thirtyDays(): ActivityDaily {
  return {
    days: Array.from({ length: 30 }, (_unused, index) => ({
      day: new Date(Date.UTC(2026, 10, 6 + index)).toISOString().slice(0, 10),
      tests: index % 5 === 0 ? 2 : 0,
      reads: index % 3 === 0 ? 100 : 0,
    })),
  };
}

describe('the detail page', () => {
  it('pictures tests and uses per day, summed up for screen readers, over its paged trail', async () => {
    const app = renderApp(
      {
        'session:get-state': () => signedIn(),
        'integrations:list': () => listOf([prod]),
        'activity:daily': () => thirtyDays(),
        'activity:list': () => ({
          events: [
            {
              id: 7,
              integrationId: prod.id,
              integrationName: prod.name,
              eventType: 'connection_test',
              details: { outcome: 'failed', latency_ms: 240, error_code: 'key_rejected' },
              createdAt: '2026-12-04T17:25:00Z',
            },
          ],
          nextCursor: null,
        }),
      },
      'es',
    );
    await app.user.click(await screen.findByRole('button', { name: 'Administrar Prod OpenAI' }));
    const chart = await screen.findByRole('img', { name: /Pruebas y usos por día/ });
    expect(chart.getAttribute('aria-label')).toBe(
      'Pruebas y usos por día en los últimos 30 días. En total, pruebas: 12; usos: 1.000.',
    );
    const table = screen.getByRole('table', { name: 'Últimos 30 días' });
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    expect(screen.getByText('Pruebas', { selector: 'li' })).toBeTruthy();
    const activity = screen.getByRole('list', { name: 'Actividad' });
    expect(activity.textContent).toContain('Prueba de conexión: fallida — El proveedor rechazó');
    const [daily] = app.main.callsTo('activity:daily');
    expect(daily).toEqual({
      integrationId: prod.id,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    expect(app.main.callsTo('activity:list')[0]).toMatchObject({
      filter: { integrationId: prod.id },
    });
  });
});
