import { useEffect, useState } from 'react';
import { googleServiceAccountJsonSchema } from '../../../../shared/credentials.ts';

export interface ServiceAccountPreview {
  clientEmail: string;
  projectId: string;
}

/**
 * Who the pasted key file belongs to, once the shared schema accepts it (including its RSA key
 * check). Only these two non-secret fields are kept in state, never the key itself.
 */
export function useServiceAccountPreview(json: string | undefined): ServiceAccountPreview | null {
  const [preview, setPreview] = useState<ServiceAccountPreview | null>(null);
  useEffect(() => {
    let current = true;
    const text = json?.trim() ?? '';
    if (!text) {
      setPreview(null);
      return;
    }
    void googleServiceAccountJsonSchema.safeParseAsync(text).then((result) => {
      if (!current) return;
      setPreview(
        result.success
          ? { clientEmail: result.data.client_email, projectId: result.data.project_id }
          : null,
      );
    });
    return () => {
      current = false;
    };
  }, [json]);
  return preview;
}
