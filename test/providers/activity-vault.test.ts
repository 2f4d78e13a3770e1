/**
 * The "Actividad" page's calls end to end (issue #14 §5): connection tests run by the app's own
 * services (real supabase-js → the local Supabase API → Postgres with the migrations; the SDKs
 * against the provider stand-ins) come back from list_activity as one entry each, with this
 * computer's name; pages follow their cursors; the chart's counts; the CSV export goes to the
 * file the save dialog names, holds every matching event and no credential.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thisDeviceName } from '../../electron/main/app/device-name.ts';
import type { IntegrationEvent, ParsedCreateIntegrationInput } from '../../shared/integration.ts';
import { canaryOpenAiCredentials } from '../support/provider-stand-ins/canary-credentials.ts';
import type { Core, TestKeychain } from '../support/core-harness.ts';
import { startCore, testKeychain } from '../support/core-harness.ts';
import type { SupabaseTarget } from '../support/supabase-target.ts';
import { startSupabaseTarget } from '../support/supabase-target.ts';
import type { TestUser } from '../support/supabase-users.ts';
import { createTestUser, deleteTestUsers } from '../support/supabase-users.ts';
import { expectNoSecret } from './support/leak-check.ts';
import { registerOpenAi, startStandIns } from './support/stand-in-suite.ts';
import type { Account, StandIns } from './support/stand-in-suite.ts';

let target: SupabaseTarget;
let keychain: TestKeychain;
let user: TestUser;
let core: Core;
let standIns: StandIns;
const secrets: string[] = [];
/** What the save dialog answers next (null: the person cancelled). */
let saveAs: string | null = null;
const exportFolder = mkdtempSync(join(tmpdir(), 'aterges-export-'));

function createInput(account: Account, name: string): ParsedCreateIntegrationInput {
  secrets.push(...account.secrets);
  const { type, credentials, config } = account;
  return { type, name, credentials, config, verify: false } as ParsedCreateIntegrationInput;
}

async function everyPage(limit: number): Promise<IntegrationEvent[]> {
  const events: IntegrationEvent[] = [];
  let cursor = null;
  do {
    const page = await core.activity.list({ filter: {}, cursor, limit });
    events.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor);
  return events;
}

beforeAll(async () => {
  target = await startSupabaseTarget();
  keychain = await testKeychain();
  standIns = await startStandIns();
  user = await createTestUser(target, { label: 'activity' });
  core = await startCore({
    target,
    keychain,
    runner: standIns.runner({ deadlineMs: 2_000 }),
    chooseExportFile: () => Promise.resolve(saveAs),
  });
  await core.session.signIn({ email: user.email, password: user.password });

  const working = await core.vault.create(createInput(registerOpenAi(standIns), 'Producción'));
  const wrong = canaryOpenAiCredentials();
  const wrongAccount: Account = {
    type: 'openai',
    credentials: wrong,
    config: { baseUrl: standIns.openai.baseUrl },
    secrets: [wrong.apiKey],
  };
  const broken = await core.vault.create(createInput(wrongAccount, 'Clave con errata'));
  expect((await core.connections.test(working.id)).ok).toBe(true);
  expect((await core.connections.test(broken.id)).ok).toBe(false);
});

afterAll(async () => {
  await core?.dispose();
  await standIns?.close();
  if (user) await deleteTestUsers(target, [user]);
  await target?.stop();
});

describe('the activity of the app’s own tests', () => {
  it('lists each test as one entry with its outcome, latency and this computer', async () => {
    const { events } = await core.activity.list({ filter: {} });
    expect(events.map((e) => [e.eventType, e.integrationName])).toEqual([
      ['connection_test', 'Clave con errata'],
      ['connection_test', 'Producción'],
      ['created', 'Clave con errata'],
      ['created', 'Producción'],
    ]);
    expect(events[0]!.details).toMatchObject({
      outcome: 'failed',
      error_code: 'key_rejected',
      device: thisDeviceName(),
    });
    expect(events[1]!.details).toMatchObject({ outcome: 'passed', device: thisDeviceName() });
    expect(events[1]!.details['latency_ms']).toBeTypeOf('number');
    expectNoSecret(events, secrets);
  });

  it('pages by cursor without repeats or gaps, and filters by kind', async () => {
    const all = await everyPage(200);
    expect((await everyPage(1)).map((e) => e.id)).toEqual(all.map((e) => e.id));
    const tests = await core.activity.list({ filter: { kinds: ['connection_test'] } });
    expect(tests.events.every((e) => e.eventType === 'connection_test')).toBe(true);
    expect(tests.nextCursor).toBeNull();
  });

  it('counts today’s tests for the chart, 30 days with zeros', async () => {
    const [working] = (await core.vault.list()).filter((i) => i.name === 'Producción');
    const { days } = await core.activity.daily({
      integrationId: working!.id,
      timeZone: 'Europe/Madrid',
    });
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toMatchObject({ tests: 1, reads: 0 });
    expect(days.slice(0, -1).every((d) => d.tests === 0 && d.reads === 0)).toBe(true);
  });
});

describe('CSV export', () => {
  it('writes every matching event to the chosen file, for its owner only, and no credential', async () => {
    saveAs = join(exportFolder, 'actividad.csv');
    const result = await core.activity.export({ filter: {} });
    expect(result).toEqual({ saved: true, rows: 4 });
    const file = saveAs;
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFtime_utc,integration,integration_id,kind,outcome')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(5);
    expect(text).toContain(`,Clave con errata,`);
    expect(text).toContain(',connection_test,failed,');
    expect(text).toContain(',key_rejected,');
    expectNoSecret(text, secrets);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    // Nothing of the path or the rows in the log.
    expect(core.logs.text()).not.toContain(exportFolder);
  });

  it('saves nothing when the person cancels the dialog', async () => {
    saveAs = null;
    expect(await core.activity.export({ filter: {} })).toEqual({ saved: false, rows: 0 });
  });
});
