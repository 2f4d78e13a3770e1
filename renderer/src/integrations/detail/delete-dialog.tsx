import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Integration } from '../../../../shared/integration.ts';
import { useNavigation } from '../../layout/navigation.tsx';
import { Dialog } from '../../ui/dialog.tsx';
import { LabelledInput } from '../../ui/labelled-input.tsx';
import { MutationConfirm } from '../../ui/mutation-confirm.tsx';
import { useDeleteIntegration } from '../use-integration-actions.ts';
import { useToast } from '../../ui/toasts.tsx';
import { namesMatch } from './names-match.ts';

interface DeleteDialogProps {
  integration: Integration;
  open: boolean;
  onClose: () => void;
}

/** Deleting destroys the stored secret: the user types the name to confirm. */
export function DeleteDialog({ integration, open, onClose }: DeleteDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('remove.title', { name: integration.name })}>
      <DeleteConfirmation integration={integration} onClose={onClose} />
    </Dialog>
  );
}

function DeleteConfirmation({ integration, onClose }: Omit<DeleteDialogProps, 'open'>) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const remove = useDeleteIntegration(integration.id);
  const toast = useToast();
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const matches = namesMatch(typed, integration.name);
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (!matches) return;
        remove.mutate(undefined, {
          onSuccess: () => {
            // Deleted at once, and the toast says it cannot be undone. A delete held back for the
            // toast's lifetime would leave the key in the vault if the app quit meanwhile, and the
            // person deleting a leaked key expects it gone when they are told it is; typing the
            // name was the confirmation (1Password and Bitwarden ask the same way before a
            // permanent delete).
            toast({ message: t('feedback.deleted', { name: integration.name }) });
            onClose();
            navigate({ name: 'integrations' });
          },
        });
      }}
    >
      <p>{t('remove.body')}</p>
      <LabelledInput
        id={inputId}
        label={t('remove.confirmLabel', { name: integration.name })}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <MutationConfirm
        mutation={remove}
        cancelLabel={t('remove.cancel')}
        onCancel={onClose}
        confirmLabel={t('remove.confirm')}
        pendingLabel={t('remove.deleting')}
        tone="danger"
        confirmDisabled={!matches}
      />
    </form>
  );
}
