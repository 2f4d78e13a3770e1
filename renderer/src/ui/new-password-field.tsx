import { useTranslation } from 'react-i18next';
import { TextField } from '../forms/text-field.tsx';

/**
 * The field for a password being chosen (a reset, a change): masked, with the rules it must meet
 * as its hint, worded once for every form that sets one.
 */
export function NewPasswordField({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  return <TextField name={name} label={label} hint={t('auth.passwordHint')} secret />;
}
