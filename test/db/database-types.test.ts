/**
 * shared/database.types.ts is what the current migrations give (issue #10: typed database access),
 * and the generator writes the shapes `supabase gen types typescript` writes for what the schema
 * may grow into (enums, views, identity columns, one-to-one keys, overloads, set-returning
 * functions), checked on a scratch schema in the same database.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
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

// Uses the probe types the way an app would; compiled against the installed supabase-js. The
// lines expecting an error fail the compilation too if the types were read as any.
const PROBE_USAGE = `
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database, Tables } from './database.types.ts';

declare const client: SupabaseClient<Database, 'typegen_probe'>;

export async function use(): Promise<void> {
  const owners = await client.from('owners').select('id, mood, profiles(bio), pets(born)');
  const mood: 'calm' | 'busy' | null | undefined = owners.data?.[0]?.mood;
  const bio: string | null | undefined = owners.data?.[0]?.profiles?.bio;
  const born: (string | null)[] | undefined = owners.data?.[0]?.pets.map((pet) => pet.born);
  const names = await client.from('owner_names').select('name');
  const name: string | null | undefined = names.data?.[0]?.name;
  const stats = await client.rpc('stats', { p_since: '2026-01-01' });
  const total: number | undefined = stats.data?.[0]?.total;
  const yes: boolean | null = (await client.rpc('no_args')).data;
  const row: Tables<'pets'>['owner_id'] = 1;
  // @ts-expect-error: no such column
  await client.from('owners').insert({ name: 'x', colour: 'red' });
  // @ts-expect-error: identity ALWAYS cannot be written
  await client.from('owners').insert({ id: 1, name: 'x' });
  void [mood, bio, born, name, total, yes, row];
}
`;

/** TypeScript's diagnostics for the probe types and PROBE_USAGE. */
async function compileProbe(types: string): Promise<string[]> {
  // Inside the project, so `@supabase/supabase-js` resolves from its node_modules.
  const parent = join(process.cwd(), 'node_modules/.tmp');
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, 'typegen-probe-'));
  try {
    await writeFile(join(dir, 'database.types.ts'), types);
    await writeFile(join(dir, 'usage.ts'), PROBE_USAGE);
    const program = ts.createProgram([join(dir, 'usage.ts')], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2023,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      types: [],
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the generator', () => {
  let probe: string | undefined;
  async function probeTypes(): Promise<string> {
    if (probe === undefined) {
      await t.admin.query(PROBE_SCHEMA);
      const catalog = await withClient(t.db.adminUrl, (client) =>
        readCatalog(client, 'typegen_probe'),
      );
      probe = await renderTypesFile(catalog);
    }
    return probe;
  }

  it('writes tables, views, functions, enums and composite types as the Supabase CLI does', async () => {
    // One line per member, whitespace collapsed: the assertions below ignore prettier's layout.
    const text = (await probeTypes()).replace(/\s+/g, ' ');
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

  it('writes types supabase-js reads: embedded relations, views and functions are typed', async () => {
    expect(await compileProbe(await probeTypes())).toEqual([]);
  });
});
