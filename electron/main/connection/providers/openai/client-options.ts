import type { ClientOptions } from 'openai';
import type { TesterContext } from '../../tester-types.ts';
import { SDK_TIMEOUT_SLACK_MS } from '../../tester-types.ts';

/**
 * The options every tester built on the `openai` package sets besides its key and base URL. All
 * explicit: the SDK otherwise reads OPENAI_ORG_ID, OPENAI_PROJECT_ID and OPENAI_ADMIN_KEY from the
 * environment, which must not add a header or another credential to a test. One request, the
 * runner's fetch, the deadline as a backstop, no SDK logging.
 */
export function openAiTestOptions(context: TesterContext) {
  return {
    adminAPIKey: null,
    organization: null,
    project: null,
    maxRetries: 0,
    timeout: context.deadlineMs + SDK_TIMEOUT_SLACK_MS,
    logLevel: 'off',
    fetch: context.fetch,
  } satisfies Partial<ClientOptions>;
}
