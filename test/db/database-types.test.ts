/**
 * shared/database.types.ts is what the current migrations give (issue #10: typed database access),
 * and the generator writes the shapes `supabase gen types typescript` writes for what the schema
 * may grow into (enums, views, identity columns, one-to-one keys, overloads, set-returning
 * functions), checked on a scratch schema in the same database.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { withClient } from '../../supabase/local/database-setup.ts';
import { DATABASE_TYPES_FILE, generateDatabaseTypes } from '../../supabase/tools/generate-types.ts';
import { readCatalog } from '../../supabase/tools/types/catalog.ts';
import { renderTypesFile } from '../../supabase/tools/types/render-file.ts';
import { useDatabaseSuite } from './support/database-suite.ts';

const t = useDatabaseSuite();

describe('shared/database.types.ts', () => {
  it('is what the migrations give: run `npm run db:types` after changing a migration', async () => {
    const generated = await generateDatabaseTypes(t.db.postgresUrl);
    const committed = await readFile(DATABASE_TYPES_FILE, 'utf8');
    expect(
      committed === generated,
      'shared/database.types.ts is out of date with supabase/migrations: run `npm run db:types` and commit the result',
    ).toBe(true);
  });

  it('describes the tables and functions the app calls', async () => {
    const generated = await generateDatabaseTypes(t.db.postgresUrl);
    expect(generated).toContain('error_code: string | null');
    expect(generated).toMatch(
      /update_integration_status: \{\s*Args: \{\s*p_error_code\?: string\s*p_error_message\?: string\s*p_integration_id: string\s*p_status: string\s*\}\s*Returns: undefined/,
    );
    // The private schema is not exposed by the API and not described.
    expect(generated).not.toContain('lock_own_integration');
  });
});

const PROBE_SCHEMA = `
  create schema typegen_probe;
  create type typegen_probe.mood as enum ('calm', 'busy');
  create type typegen_probe.point as (x int4, label text);
  create table typegen_probe.owners (
    id int8 generated always as identity primary key, name text not null, tags text[],
    mood typegen_probe.mood default 'calm', spot typegen_probe.point);
  create table typegen_probe.profiles (
    owner_id int8 primary key references typegen_probe.owners (id), bio text);
  create table typegen_probe.pets (
    id uuid primary key default gen_random_uuid(),
    owner_id int8 not null references typegen_probe.owners (id), born timestamptz);
  create view typegen_probe.owner_names as select id, name from typegen_probe.owners;
  create view typegen_probe.pet_counts as
    select owner_id, count(*) as n from typegen_probe.pets group by owner_id;
  create function typegen_probe.no_args() returns boolean language sql as 'select true';
  create function typegen_probe.stats(p_since timestamptz default null)
    returns table (owner_id int8, total int8) language sql as 'select 1::int8, 2::int8';
  create function typegen_probe.echo(p_text text) returns text language sql as 'select p_text';
  create function typegen_probe.echo(p_number numeric) returns numeric
    language sql as 'select p_number';
  create function typegen_probe.positional(int4, int4) returns int4 language sql as 'select 1';
`;

describe('the generator', () => {
  async function probeTypes(): Promise<string> {
    await t.admin.query(PROBE_SCHEMA);
    const catalog = await withClient(t.db.adminUrl, (client) =>
      readCatalog(client, 'typegen_probe'),
    );
    // One line per member, whitespace collapsed: the assertions below ignore prettier's layout.
    return (await renderTypesFile(catalog)).replace(/\s+/g, ' ');
  }

  it('writes tables, views, functions, enums and composite types as the Supabase CLI does', async () => {
    const text = await probeTypes();
    const enumRef = 'Database["typegen_probe"]["Enums"]["mood"]';
    const pointRef = 'Database["typegen_probe"]["CompositeTypes"]["point"]';
    // Row: nullability from NOT NULL; arrays, enums and composite types by reference.
    expect(text).toContain(
      `owners: { Row: { id: number mood: ${enumRef} | null name: string spot: ${pointRef} | null tags: string[] | null }`,
    );
    // Insert: identity ALWAYS never, defaults and NULLs optional; Update: all optional.
    expect(text).toContain(
      `Insert: { id?: never mood?: ${enumRef} | null name: string spot?: ${pointRef} | null tags?: string[] | null }`,
    );
    expect(text).toContain(
      `Update: { id?: never mood?: ${enumRef} | null name?: string spot?: ${pointRef} | null tags?: string[] | null }`,
    );
    // Foreign keys: one-to-one when the referencing columns are unique (here, the primary key).
    expect(text).toContain(
      'foreignKeyName: "profiles_owner_id_fkey" columns: ["owner_id"] isOneToOne: true referencedRelation: "owners" referencedColumns: ["id"]',
    );
    expect(text).toContain(
      'foreignKeyName: "pets_owner_id_fkey" columns: ["owner_id"] isOneToOne: false referencedRelation: "owners" referencedColumns: ["id"]',
    );
    // Views: every column nullable; Insert/Update only when PostgREST can write through it.
    expect(text).toContain(
      'owner_names: { Row: { id: number | null name: string | null } Insert: { id?: number | null name?: string | null }',
    );
    expect(text).toContain(
      'pet_counts: { Row: { n: number | null owner_id: number | null } Relationships: [] }',
    );
    // Functions: named arguments (defaults optional), overloads as a union, `returns table` as
    // an array of rows; a function with unnamed arguments cannot be called by name and is left out.
    expect(text).toContain('no_args: { Args: never; Returns: boolean }');
    expect(text).toContain(
      'echo: | { Args: { p_number: number }; Returns: number } | { Args: { p_text: string }; Returns: string }',
    );
    expect(text).toContain(
      'stats: { Args: { p_since?: string } Returns: { owner_id: number; total: number }[] }',
    );
    expect(text).not.toContain('positional');
    expect(text).toContain(`Enums: { mood: "calm" | "busy" }`);
    expect(text).toContain('CompositeTypes: { point: { x: number | null label: string | null } }');
    expect(text).toContain(
      'export const Constants = { typegen_probe: { Enums: { mood: ["calm", "busy"] }, }, } as const',
    );
  });
});
