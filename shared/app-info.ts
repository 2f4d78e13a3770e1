import { z } from 'zod';

/** How the app is kept up to date: electron-updater's channel, or `none` when updates are off. */
export const UPDATE_CHANNELS = ['latest', 'beta', 'alpha', 'none'] as const;
export const updateChannelSchema = z.enum(UPDATE_CHANNELS);
export type UpdateChannel = z.infer<typeof updateChannelSchema>;

const versionSchema = z.string().regex(/^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]{1,64})?$/);

/** What Settings → "About" shows (issue #14 §7): versions and the update channel, no paths. */
export const appInfoSchema = z.strictObject({
  version: versionSchema,
  /** Null outside Electron (the end-to-end harness runs main in Node). */
  electron: versionSchema.nullable(),
  chromium: z
    .string()
    .regex(/^\d+(\.\d+){1,3}$/)
    .nullable(),
  updateChannel: updateChannelSchema,
});
export type AppInfo = z.infer<typeof appInfoSchema>;
