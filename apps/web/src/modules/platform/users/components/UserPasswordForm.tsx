import { useRef, useState, type FormEvent } from 'react';
import type { User } from '@bluelamp/contracts/platform/users';
import { isApiError } from '../../../../api/ApiError';
import { fieldErrors } from '../../../../api/fieldErrors';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { TextField } from '../../../../ui/TextField';
import { useFocusFirstError } from '../../../../ui/useFocusFirstError';
import { useSetUserPassword } from '../hooks/useSetUserPassword';

/** Sets a new password for a user who has forgotten theirs; their open sessions end. */
export function UserPasswordForm({ user }: { user: User }) {
  const setPassword = useSetUserPassword(user.id);
  const [password, setPasswordValue] = useState('');
  const [isDone, setIsDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const isConflict = isApiError(setPassword.error, 'VERSION_CONFLICT');
  const { fields, summary } = fieldErrors(isConflict ? undefined : setPassword.error, { WEAK_PASSWORD: 'password' });
  useFocusFirstError(formRef, setPassword.error);
  const current = isConflict ? setPassword.error?.current<User>() : undefined;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setIsDone(false);
    const saved = await setPassword.mutate({ version: current?.version ?? user.version, password });
    if (!saved) return;
    setPasswordValue('');
    setIsDone(true);
  };

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate className="form-stack">
      {isConflict && (
        <Alert tone="warning" isSummary title="This user was changed by someone else">
          <p>
            The account is now {current?.isActive ? 'active' : 'disabled'}, named {current?.displayName}. The password was not set; press Set password again to set it on the current version.
          </p>
        </Alert>
      )}
      {summary && (
        <Alert tone="error" isSummary>
          {summary}
        </Alert>
      )}
      {isDone && <Alert tone="success">Password set. Tell {user.displayName} in person or by phone, never by e-mail; their other sessions have ended.</Alert>}
      <TextField label="New password" hint="At least 12 characters" type="password" autoComplete="new-password" value={password} onChange={(e) => setPasswordValue(e.target.value)} error={fields.password} />
      <div className="form-actions">
        <Button type="submit" variant="danger" isBusy={setPassword.isPending} disabled={!password}>
          Set password
        </Button>
      </div>
    </form>
  );
}
