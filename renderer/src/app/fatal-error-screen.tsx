import { useTranslation } from 'react-i18next';

interface FatalErrorScreenProps {
  message: string;
  detail?: string;
  onRetry?: () => void;
}

/** Nothing else can work: say what happened and what to do, nothing more. */
export function FatalErrorScreen({ message, detail, onRetry }: FatalErrorScreenProps) {
  const { t } = useTranslation();
  return (
    <main className="centered-screen">
      <section className="card card-narrow" role="alert" aria-labelledby="fatal-title">
        <h1 id="fatal-title">{t('fatal.title')}</h1>
        <p>{message}</p>
        {detail && <p className="muted">{detail}</p>}
        {onRetry && (
          <button type="button" className="button button-primary" onClick={onRetry}>
            {t('fatal.retry')}
          </button>
        )}
      </section>
    </main>
  );
}
