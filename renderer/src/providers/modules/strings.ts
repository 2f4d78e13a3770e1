import { z } from 'zod';

/** A form part whose fields are plain strings (what inputs hold). */
export const strings = <K extends string>(...keys: K[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.string()])) as Record<K, z.ZodString>);
