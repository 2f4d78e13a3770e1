import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkActionButton } from '../../session/network-action-button.tsx';
import type { AddPhase } from './use-add-flow.ts';

interface AddFormActionsProps {
  phase: AddPhase;
  onCancel: () => void;
  onSave: (event: MouseEvent<HTMLButtonElement>) => void;
  onKeep: () => void;
  onDiscard: () => void;
}

/**
 * The dialog's buttons for each step: Cancel / Save / Save and verify while editing; Cancel (the
 * test) while it runs; Discard / Keep anyway / Fix and test again after a failed test.
 */
export function AddFormActions({
  phase,
  onCancel,
  onSave,
  onKeep,
  onDiscard,
}: AddFormActionsProps) {
  const { t } = useTranslation();
  const running = phase.kind === 'saving' || phase.kind === 'testing';
  if (phase.kind === 'failed' || phase.kind === 'discarding') {
    const discarding = phase.kind === 'discarding';
    return (
      <div className="dialog-actions">
        <NetworkActionButton
          className="button button-danger"
          onClick={onDiscard}
          disabled={discarding}
        >
          {discarding ? t('addCheck.discarding') : t('addCheck.discard')}
        </NetworkActionButton>
        <button type="button" className="button" onClick={onKeep} disabled={discarding}>
          {t('addCheck.keepAnyway')}
        </button>
        <NetworkActionButton type="submit" className="button button-primary" disabled={discarding}>
          {t('addCheck.retry')}
        </NetworkActionButton>
      </div>
    );
  }
  return (
    <div className="dialog-actions">
      <button
        type="button"
        className="button button-ghost"
        onClick={onCancel}
        disabled={phase.kind === 'testing' && phase.cancelling}
      >
        {running ? t('addCheck.cancelTest') : t('add.cancel')}
      </button>
      <NetworkActionButton className="button" onClick={onSave} disabled={running}>
        {t('add.save')}
      </NetworkActionButton>
      <NetworkActionButton type="submit" className="button button-primary" disabled={running}>
        {running && <span className="spinner" aria-hidden="true" />}
        {running ? t('add.saving') : t('add.saveAndVerify')}
      </NetworkActionButton>
    </div>
  );
}
