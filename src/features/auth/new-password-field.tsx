import { TextField } from '../../components/text-field';
import { PASSWORD_MIN_LENGTH } from '../../domain/password-rules';

const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters, and not a common password. A phrase of a few words works well.`;

interface NewPasswordFieldProps {
  label?: string;
  value: string;
  error?: string;
  onChange: (event: { target: { value: string } }) => void;
}

/**
 * The box where staff choose a password (setup, invite, profile): one label,
 * the rule said as a hint, and the browser told it is a new password, so
 * password managers offer to generate and save one.
 */
export function NewPasswordField({ label = 'Password', ...field }: NewPasswordFieldProps) {
  return <TextField label={label} type="password" autoComplete="new-password" hint={PASSWORD_HINT} {...field} />;
}
