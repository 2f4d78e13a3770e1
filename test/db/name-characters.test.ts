/**
 * Names that could spoof a dialog (bidirectional overrides, invisible format characters) and
 * config nested without end are refused by the database itself, for any client with the user's
 * token, with the same rules as the app (shared/text-safety.ts, shared/json-depth.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_DEPTH_LIMIT } from '../../shared/json-depth.ts';
import { INVISIBLE_CHARACTER } from '../../shared/text-safety.ts';
import { useDatabaseSuite } from './support/database-suite.ts';
import { asUser, sqlError } from './support/db.ts';
import {
  createIntegration,
  credentialFor,
  newCanary,
  updateIntegration,
} from './support/integrations.ts';

const t = useDatabaseSuite({ users: ['user'] });
const key = () => credentialFor('openai', newCanary());
let id: string;

beforeAll(async () => {
  id = await asUser(t.api, t.users.user, (c) => createIntegration(c, 'plain', 'openai', key()));
});

/** `{"a":{"a":…}}` with `depth` objects; `[[…]]` inside an object when `arrays`. */
function nested(depth: number, arrays = false): Record<string, unknown> {
  let value: unknown = arrays ? [] : {};
  for (let i = 2; i < depth; i++) value = arrays ? [value] : { a: value };
  return { a: value };
}

describe('names', () => {
  it('the database and the app refuse exactly the same characters, over every code point', async () => {
    const expected: number[] = [];
    for (let cp = 1; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (INVISIBLE_CHARACTER.test(String.fromCodePoint(cp))) expected.push(cp);
    }
    const { rows } = await t.admin.query<{ cps: number[] }>(
      `select coalesce(array_agg(cp order by cp), '{}') as cps
         from generate_series(1, 1114111) as cp
        where cp not between 55296 and 57343 and private.has_invisible_characters(chr(cp))`,
    );
    expect(rows[0]!.cps).toEqual(expected);
    expect(expected).toContain(0x202e);
  });

  it.each([
    ['a right-to-left override', 'invoice\u202Egpj.exe'],
    ['a right-to-left isolate', 'a\u2067b'],
    ['a zero-width space', 'Prod\u200Buction'],
    ['a zero-width non-joiner', 'a\u200Cb'],
    ['a word joiner', 'a\u2060b'],
    ['a byte-order mark', 'a\uFEFFb'],
    ['an Arabic letter mark', 'a\u061Cb'],
    ['a tag character', 'a\u{E0041}b'],
    ['a line separator', 'a\u2028b'],
  ])('create and rename refuse a name with %s', async (_label, name) => {
    const created = await sqlError(
      asUser(t.api, t.users.user, (c) => createIntegration(c, name, 'openai', key())),
    );
    const renamed = await sqlError(
      asUser(t.api, t.users.user, (c) => updateIntegration(c, id, name)),
    );
    for (const error of [created, renamed]) {
      expect(error.code).toBe('22023');
      expect(error.message).toBe(
        'p_name must not contain invisible or direction-changing characters',
      );
    }
  });

  it('keeps visible names in any script, and the control-character message', async () => {
    const name = 'Producción مفتاح 本番 🚀';
    const newId = await asUser(t.api, t.users.user, (c) =>
      createIntegration(c, name, 'openai', key()),
    );
    const { rows } = await t.admin.query('select name from public.integrations where id = $1', [
      newId,
    ]);
    expect(rows).toEqual([{ name }]);
    const control = await sqlError(
      asUser(t.api, t.users.user, (c) => updateIntegration(c, id, 'a\u0007b')),
    );
    expect(control.message).toBe('p_name must not contain control characters');
  });
});

describe('config depth', () => {
  it.each([false, true])(
    'takes config 8 levels deep and refuses one more (arrays: %s)',
    async (arrays) => {
      const ok = nested(CONFIG_DEPTH_LIMIT, arrays);
      const deep = nested(CONFIG_DEPTH_LIMIT + 1, arrays);
      await asUser(t.api, t.users.user, (c) => updateIntegration(c, id, null, ok));
      const created = await asUser(t.api, t.users.user, (c) =>
        createIntegration(c, `deep ${String(arrays)}`, 'openai', key(), ok),
      );
      expect(created).toMatch(/^[0-9a-f-]{36}$/);
      for (const call of [
        () => asUser(t.api, t.users.user, (c) => updateIntegration(c, id, null, deep)),
        () =>
          asUser(t.api, t.users.user, (c) =>
            createIntegration(c, `deeper ${String(arrays)}`, 'openai', key(), deep),
          ),
      ]) {
        const error = await sqlError(call());
        expect(error.code).toBe('22023');
        expect(error.message).toBe('p_config must be nested at most 8 levels deep');
      }
      const { rows } = await t.admin.query('select config from public.integrations where id = $1', [
        id,
      ]);
      expect(rows).toEqual([{ config: ok }]);
    },
  );
});
