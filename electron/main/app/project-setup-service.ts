import { AppError } from '../../../shared/errors.ts';
import type {
  PrepareProjectInput,
  PrepareProjectResult,
  SchemaStatus,
} from '../../../shared/project-setup.ts';
import type { EmitEvent } from '../ipc/emit-event.ts';
import type { Logger } from '../logging/logger.ts';
import { appSchemaVersion } from '../setup/bundled-migrations.ts';
import { compareSchema } from '../setup/migration-plan.ts';
import { prepareProject } from '../setup/project-setup.ts';
import type { MainSupabaseClient } from '../session/supabase-client.ts';
import { readSchemaVersion } from '../vault/schema-version.ts';

/*
 * "Preparar proyecto" for the page: one setup at a time, each step pushed as
 * `project:setup-progress`, and the database password redacted from every log line while the
 * setup holds it. And the check the page makes after sign-in: is the project's schema this app's?
 */
export class ProjectSetupService {
  readonly #emit: EmitEvent;
  readonly #logger: Logger;
  #running = false;

  constructor(emit: EmitEvent, logger: Logger) {
    this.#emit = emit;
    this.#logger = logger;
  }

  async prepare(input: PrepareProjectInput): Promise<PrepareProjectResult> {
    if (this.#running) throw new AppError('conflict', 'database_setup_running');
    this.#running = true;
    // The password as typed (percent-encoded), decoded, and the whole string that holds it.
    const raw = new URL(input.databaseUrl).password;
    const secrets = [raw, decodeURIComponent(raw), input.databaseUrl];
    try {
      return await this.#logger.redactor.while(secrets, () =>
        prepareProject({
          databaseUrl: input.databaseUrl,
          onProgress: (progress) => this.#emit('project:setup-progress', progress),
          log: this.#logger,
        }),
      );
    } finally {
      this.#running = false;
    }
  }
}

/** How the signed-in project's schema compares with the migrations built into this app. */
export async function schemaStatusOf(client: MainSupabaseClient): Promise<SchemaStatus> {
  const appVersion = appSchemaVersion();
  const { found, version } = await readSchemaVersion(client);
  // No app_schema_version at all: the schema predates it, so it is older than this app.
  const status = found ? compareSchema(version, appVersion) : 'outdated';
  return { status, databaseVersion: version, appVersion };
}
