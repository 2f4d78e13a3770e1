import { describe, expect, it, vi } from 'vitest';
import type { ActivityPage, ActivityPageInput } from '../../../shared/activity.ts';
import type { IntegrationEvent } from '../../../shared/integration.ts';
import { ActivityService } from './activity-service.ts';

const event = (id: number): IntegrationEvent => ({
  id,
  integrationId: null,
  integrationName: `Clave ${id}`,
  eventType: 'created',
  details: {},
  createdAt: `2026-12-05T10:00:${String(60 - id).padStart(2, '0')}.000001+00:00`,
});

/** A server of `total` events, newest first, answering by cursor as list_activity does. */
function pagedClient(total: number) {
  const all = Array.from({ length: total }, (_, i) => event(total - i));
  const calls: ActivityPageInput[] = [];
  const page = (input: ActivityPageInput): Promise<ActivityPage> => {
    calls.push(input);
    const start = input.cursor ? all.findIndex((e) => e.id === input.cursor!.id) + 1 : 0;
    const limit = input.limit ?? 50;
    const events = all.slice(start, start + limit);
    const last = events.at(-1);
    return Promise.resolve({
      events,
      nextCursor:
        last && events.length === limit ? { createdAt: last.createdAt, id: last.id } : null,
    });
  };
  return { calls, client: { page, daily: () => Promise.resolve({ days: [] }) } };
}

describe('exporting the activity', () => {
  it('asks where first, then reads every page of the filter and writes one file', async () => {
    const { calls, client } = pagedClient(450);
    const write = vi.fn(() => Promise.resolve());
    const choose = vi.fn(() => Promise.resolve('/home/ana/Documentos/actividad'));
    const service = new ActivityService({
      client,
      chooseExportFile: choose,
      write,
      log: { info: () => undefined },
      now: () => new Date('2026-12-05T12:00:00Z'),
    });
    const filter = { kinds: ['created' as const] };
    expect(await service.export({ filter })).toEqual({ saved: true, rows: 450 });
    expect(choose).toHaveBeenCalledWith('aterges-activity-2026-12-05.csv');
    expect(calls.map((c) => c.limit)).toEqual([200, 200, 200]);
    expect(calls.every((c) => c.filter.kinds?.[0] === 'created')).toBe(true);
    const [path, text] = write.mock.calls[0]! as unknown as [string, string];
    // Exactly what the dialog confirmed: no extension added behind its overwrite question.
    expect(path).toBe('/home/ana/Documentos/actividad');
    expect(text.trimEnd().split('\r\n')).toHaveLength(451);
  });

  it('writes nothing when the app locked while the save dialog was open', async () => {
    const { client } = pagedClient(3);
    const write = vi.fn(() => Promise.resolve());
    let locked = false;
    const service = new ActivityService({
      client,
      write,
      log: { info: () => undefined },
      locked: () => locked,
      chooseExportFile: () => {
        locked = true; // the idle time passed while the person looked for a folder
        return Promise.resolve('/home/ana/actividad.csv');
      },
    });
    await expect(service.export({ filter: {} })).rejects.toMatchObject({ reason: 'app_locked' });
    expect(write).not.toHaveBeenCalled();
  });

  it('reads and writes nothing when the dialog is cancelled, or when there is no dialog', async () => {
    for (const chooseExportFile of [() => Promise.resolve(null), undefined]) {
      const { calls, client } = pagedClient(3);
      const write = vi.fn(() => Promise.resolve());
      const service = new ActivityService({
        client,
        write,
        log: { info: () => undefined },
        ...(chooseExportFile ? { chooseExportFile } : {}),
      });
      expect(await service.export({ filter: {} })).toEqual({ saved: false, rows: 0 });
      expect(calls).toEqual([]);
      expect(write).not.toHaveBeenCalled();
    }
  });

  it('says it could not write, without the path Node puts in its message', async () => {
    const { client } = pagedClient(2);
    const service = new ActivityService({
      client,
      chooseExportFile: () => Promise.resolve('/home/ana-garcia/Documentos/a.csv'),
      write: () => {
        const error = Object.assign(new Error('EACCES: permission denied, open /home/ana-garcia'), {
          code: 'EACCES',
        });
        return Promise.reject(error);
      },
      log: { info: () => undefined },
    });
    const failure = await service.export({ filter: {} }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'server_error', reason: 'export_write_failed' });
    expect(JSON.stringify(failure)).not.toContain('ana-garcia');
    expect(String((failure as Error).message)).not.toContain('ana-garcia');
  });

  it('refuses a reversed range before asking anything', async () => {
    const { client } = pagedClient(1);
    const choose = vi.fn(() => Promise.resolve('/tmp/x.csv'));
    const service = new ActivityService({
      client,
      chooseExportFile: choose,
      log: { info: () => undefined },
    });
    await expect(
      service.export({ filter: { from: '2026-12-05T00:00:00Z', to: '2026-12-01T00:00:00Z' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(choose).not.toHaveBeenCalled();
  });
});
