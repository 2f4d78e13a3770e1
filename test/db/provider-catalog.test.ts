import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { INTEGRATION_STATUSES, PROVIDER_TYPES } from '../../shared/providers.ts';
import { PROVIDERS } from '../../shared/providers/registry.ts';
import { parseStoredCredentials } from '../../shared/stored-credentials.ts';
import { useDatabaseSuite } from './support/database-suite.ts';
import { credentialFor, newCanary } from './support/integrations.ts';

/*
 * Issue #11: the database keeps what it knows about each provider in one table,
 * private.provider_catalog (migration 20261204120000), and the app in its descriptors
 * (shared/providers/<id>.ts). This reads the types, the statuses and the credential-shape rules
 * from the catalog and compares them with shared/, so neither side can gain a provider, a status
 * or a field the other does not know.
 */

const t = useDatabaseSuite({ users: [] });

interface CatalogRow {
  type: string;
  stored_as: string;
  required_fields: string[];
  optional_string_fields: string[];
  bound_config_keys: string[];
  legacy_type_names: string[];
  secret_fields: string[];
}

async function catalog(): Promise<CatalogRow[]> {
  const result = await t.admin.query<CatalogRow>(
    `select type, stored_as, required_fields, optional_string_fields, bound_config_keys,
            legacy_type_names, secret_fields
       from private.provider_catalog order by position`,
  );
  return result.rows;
}

/** The credential fields a shared schema requires, and those it takes optionally. */
function fieldsOf(schema: z.ZodType): { required: string[]; optional: string[] } {
  const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  const required: string[] = [];
  const optional: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    (field.safeParse(undefined).success ? optional : required).push(key);
  }
  return { required, optional };
}

describe('the provider catalog matches shared/', () => {
  it('lists the same provider types, in the same order, and integrations.type refers to it', async () => {
    expect((await catalog()).map((row) => row.type)).toEqual([...PROVIDER_TYPES]);
    const types = await t.admin.query<{ types: string[] }>(
      'select private.integration_types() as types',
    );
    expect(types.rows[0]!.types).toEqual([...PROVIDER_TYPES]);
    const fk = await t.admin.query<{ def: string }>(
      `select pg_get_constraintdef(oid) as def from pg_constraint
        where conrelid = 'public.integrations'::regclass and contype in ('f', 'c')
          and pg_get_constraintdef(oid) like '%(type)%'`,
    );
    expect(fk.rows.map((row) => row.def)).toEqual([
      'FOREIGN KEY (type) REFERENCES private.provider_catalog(type)',
    ]);
  });

  it('knows the same statuses in the status check and its helper', async () => {
    const helper = await t.admin.query<{ statuses: string[] }>(
      'select private.integration_statuses() as statuses',
    );
    expect(helper.rows[0]!.statuses).toEqual([...INTEGRATION_STATUSES]);
    const check = await t.admin.query<{ def: string }>(
      `select pg_get_constraintdef(oid) as def from pg_constraint
        where conname = 'integrations_status_check'`,
    );
    const quoted = [...check.rows[0]!.def.matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]);
    expect(quoted.sort()).toEqual([...INTEGRATION_STATUSES].sort());
  });

  it.each(PROVIDERS.map((provider) => [provider.id, provider] as const))(
    '%s: stored form, required and optional fields, bound settings, legacy names, secret fields',
    async (type, provider) => {
      const row = (await catalog()).find((r) => r.type === type)!;
      expect(row.stored_as).toBe(provider.storedAs);
      expect(row.bound_config_keys).toEqual([...provider.boundConfigKeys]);
      expect([...row.legacy_type_names].sort()).toEqual([...provider.legacyTypeNames].sort());
      expect([...row.secret_fields].sort()).toEqual([...provider.secretFields].sort());
      if (provider.storedAs === 'json') {
        const fields = fieldsOf(provider.credentials);
        expect([...row.required_fields].sort()).toEqual(fields.required.sort());
        expect([...row.optional_string_fields].sort()).toEqual(fields.optional.sort());
      } else {
        expect(row.required_fields).toEqual([]);
      }
    },
  );

  it.each(PROVIDERS.map((provider) => [provider.id, provider] as const))(
    '%s: a credential shared/ accepts passes the database, which derives the same hint',
    async (type, provider) => {
      const stored = credentialFor(type, newCanary());
      const result = await t.admin.query<{ problem: string | null; hint: string | null }>(
        `select private.credential_problem($1, $2) as problem,
                private.credential_hint($1, $2) as hint`,
        [type, stored],
      );
      expect(result.rows[0]!.problem).toBeNull();
      const credentials = parseStoredCredentials(type, stored);
      const hint = (provider.hint as (c: unknown) => string | null)(credentials);
      expect(result.rows[0]!.hint).toBe(hint);
    },
  );

  it('maps every legacy type name to one provider only', async () => {
    const names = (await catalog()).flatMap((row) => row.legacy_type_names);
    expect(new Set(names).size).toBe(names.length);
    for (const provider of PROVIDERS) {
      for (const name of provider.legacyTypeNames) {
        const result = await t.admin.query<{ type: string }>(
          'select private.legacy_type($1) as type',
          [name.replaceAll('_', ' ').toUpperCase()],
        );
        expect(result.rows[0]!.type, name).toBe(provider.id);
      }
    }
  });

  it.each(PROVIDERS.map((provider) => [provider.id, provider] as const))(
    '%s: private.redact hides the value of each secret field the catalog lists',
    async (_type, provider) => {
      for (const field of provider.secretFields) {
        const value = `${newCanary()}/secret`;
        const credentials = JSON.stringify({ [field]: value, label: 'not secret' });
        const result = await t.admin.query<{ text: string }>(
          'select private.redact($1, $2) as text',
          [`the provider said ${value} and not secret`, credentials],
        );
        expect(result.rows[0]!.text, field).toBe('the provider said [REDACTED] and not secret');
      }
    },
  );

  it('private.redact reads the field names from the catalog, not from its own list', async () => {
    const value = `${newCanary()}/wibble`;
    const redact = async () =>
      (
        await t.admin.query<{ text: string }>('select private.redact($1, $2) as text', [
          `x ${value} x`,
          JSON.stringify({ wibbleToken: value }),
        ])
      ).rows[0]!.text;
    expect(await redact()).toBe(`x ${value} x`);
    await t.admin.query(
      `insert into private.provider_catalog (type, position, stored_as, hint_template, secret_fields)
       values ('zz_redact_probe', 999, 'json', '', array['wibble_token'])`,
    );
    try {
      expect(await redact()).toBe('x [REDACTED] x');
    } finally {
      await t.admin.query("delete from private.provider_catalog where type = 'zz_redact_probe'");
    }
  });
});
