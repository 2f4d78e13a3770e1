import { useEffect, useState } from 'react';
import { googleServiceAccountJsonSchema } from '../../../../shared/credentials.ts';

export interface ServiceAccountPreview {
  clientEmail: string;
  projectId: string;
}

/**
 * Who the pasted key file belongs to, once the shared schema accepts it (including its RSA key
 * check). Only these two non-secret fields are kept in state, never the key itself; the text
 * they came from is remembered only as its length, to tell a stale preview from a current one.
 */
export function useServiceAccountPreview(json: string | undefined): ServiceAccountPreview | null {
  const text = json?.trim() ?? '';
  const [checked, setChecked] = useState<{ length: number; preview: ServiceAccountPreview } | null>(
    null,
  );
  useEffect(() => {
    if (!text) return;
    let current = true;
    void googleServiceAccountJsonSchema.safeParseAsync(text).then((result) => {
      if (!current) return;
      setChecked(
        result.success
          ? {
              length: text.length,
              preview: { clientEmail: result.data.client_email, projectId: result.data.project_id },
            }
          : null,
      );
    });
    return () => {
      current = false;
    };
  }, [text]);
  return text && checked?.length === text.length ? checked.preview : null;
}
