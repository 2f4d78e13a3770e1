import { describe, expect, it } from 'vitest';
import { nativeWords } from '../../../shared/i18n/native-words.ts';
import type { Integration } from '../../../shared/integration.ts';
import { ManualClock } from '../../../test/support/core-manual-clock.ts';
import type { FailureNotice } from './failure-notifier.ts';
import { FailureNotifier, NOTIFY_EVERY_MS, OWN_TEST_MS } from './failure-notifier.ts';

const ID = '22222222-2222-4222-8222-222222222222';

function integration(status: Integration['status'], errorCode: string | null = null): Integration {
  return {
    id: ID,
    name: 'OpenAI de producción',
    type: 'openai',
    status,
    errorMessage: null,
    errorCode,
    config: {},
    credentialHint: null,
    credentialsVersion: 1,
    credentialsMigrated: false,
    lastUsedAt: null,
    lastVerifiedAt: null,
    lastTestPassedAt: null,
    createdAt: '2026-12-05T09:00:00+00:00',
    updatedAt: '2026-12-05T09:00:00+00:00',
  };
}

function setup(enabled = true) {
  const clock = new ManualClock();
  const shown: FailureNotice[] = [];
  const notifier = new FailureNotifier({
    show: (notice) => shown.push(notice),
    enabled: () => Promise.resolve(enabled),
    words: () => Promise.resolve(nativeWords.es),
    clock,
  });
  notifier.observeList([integration('connected')]);
  const turnError = async () => {
    notifier.observeChanges([
      { kind: 'upsert', integration: integration('error', 'key_rejected') },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const recover = () =>
    notifier.observeChanges([{ kind: 'upsert', integration: integration('connected') }]);
  const advance = (ms: number) => {
    clock.setTimeout(() => undefined, ms);
    clock.fireNext();
  };
  return { notifier, shown, turnError, recover, advance };
}

describe('FailureNotifier', () => {
  it('tells, in the user language, when a key turns error elsewhere; once an hour at most', async () => {
    const { shown, turnError, recover, advance } = setup();
    await turnError();
    expect(shown).toEqual([
      {
        integrationId: ID,
        title: '«OpenAI de producción» dejó de funcionar',
        body: 'La clave fue rechazada.',
      },
    ]);
    recover();
    await turnError();
    expect(shown).toHaveLength(1);
    advance(NOTIFY_EVERY_MS);
    recover();
    await turnError();
    expect(shown).toHaveLength(2);
  });

  it("stays quiet for this app's own tests and when switched off", async () => {
    const own = setup();
    own.notifier.observeOwnTest(ID);
    await own.turnError();
    expect(own.shown).toEqual([]);
    own.advance(OWN_TEST_MS + 1);
    own.recover();
    await own.turnError();
    expect(own.shown).toHaveLength(1);

    const off = setup(false);
    await off.turnError();
    expect(off.shown).toEqual([]);
  });
});
