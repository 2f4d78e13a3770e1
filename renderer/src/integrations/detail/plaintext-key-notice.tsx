import { useId, useState } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { PROVIDER_NAMES } from '../../providers/provider-meta.ts';
import { NetworkActionButton } from '../../session/network-action-button.tsx';
import { needsPlaintextRotation } from '../plaintext-key.ts';
import '../plaintext-key-notice.css';

interface PlaintextKeyNoticeProps {
  integration: Integration;
  /** Opens the rotate dialog. */
  onRotate: () => void;
  /** The notice itself (focusable), where focus goes when the rotate dialog closes. */
  ref?: Ref<HTMLElement>;
}

/**
 * On the integration's page: this key was once stored unencrypted, why that matters and how to
 * fix it. Once rotated here, the notice stays (until the page is left) for the last step:
 * revoking the old key at the provider, which the app cannot do for the user and which is what
 * makes the old copies useless.
 */
export function PlaintextKeyNotice({ integration, onRotate, ref }: PlaintextKeyNoticeProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const unrotated = needsPlaintextRotation(integration);
  // Whether this page showed the key as unrotated: then a new version means "rotated just now".
  // Adjusting state while rendering, as React documents for state derived from a prop change.
  // It lasts until the user leaves the page: on the next visit the key is simply rotated.
  const [seenUnrotated, setSeenUnrotated] = useState(unrotated);
  if (unrotated && !seenUnrotated) setSeenUnrotated(true);
  if (!unrotated && !seenUnrotated) return null;

  const provider = PROVIDER_NAMES[integration.type];
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className={`plaintext-notice${unrotated ? '' : ' plaintext-notice-done'}`}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid="plaintext-notice"
    >
      {unrotated ? (
        <>
          <div className="plaintext-notice-text">
            <h2 id={titleId} className="plaintext-notice-title">
              {t('plaintextKey.title')}
            </h2>
            <div id={bodyId}>
              <p>{t('plaintextKey.why')}</p>
              <p>{t('plaintextKey.steps', { provider })}</p>
            </div>
          </div>
          <NetworkActionButton className="button" onClick={onRotate}>
            {t('plaintextKey.rotate')}
          </NetworkActionButton>
        </>
      ) : (
        <div className="plaintext-notice-text">
          <h2 id={titleId} className="plaintext-notice-title">
            {t('plaintextKey.doneTitle')}
          </h2>
          <p id={bodyId}>{t('plaintextKey.doneBody', { provider })}</p>
        </div>
      )}
    </section>
  );
}
