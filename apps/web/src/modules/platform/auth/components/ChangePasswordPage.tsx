import { useState, type FormEvent } from 'react';
import { api } from '../../../../api/api';
import { useMutation } from '../../../../api/useMutation';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { PageHeader } from '../../../../ui/PageHeader';
import { TextField } from '../../../../ui/TextField';

/** Change your own password (at least 12 characters; the API says why one is refused). */
export function ChangePasswordPage() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState<string | undefined>();
  // The API answers 204; `true` tells success apart from a refusal.
  const change = useMutation((body: { currentPassword: string; newPassword: string }) => api.auth.changePassword(body).then(() => true));
  const [isDone, setIsDone] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setIsDone(false);
    if (newPassword !== confirm) {
      setMismatch('The two new passwords are different');
      return;
    }
    setMismatch(undefined);
    if (!(await change.mutate({ currentPassword, newPassword }))) return;
    setCurrentPassword('');
    setNewPassword('');
    setConfirm('');
    setIsDone(true);
  };

  return (
    <>
      <PageHeader title="Change your password" description="Use at least 12 characters. A few unrelated words make a good password." />
      <form onSubmit={handleSubmit} noValidate className="form-stack narrow">
        {change.error && <Alert tone="error">{change.error.message}</Alert>}
        {isDone && <Alert tone="success">Your password has been changed.</Alert>}
        <TextField label="Current password" type="password" autoComplete="current-password" value={currentPassword} onChange={(e) => setCurrentPassword(e.target.value)} />
        <TextField label="New password" type="password" autoComplete="new-password" value={newPassword} onChange={(e) => setNewPassword(e.target.value)} />
        <TextField label="New password again" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} error={mismatch} />
        <div>
          <Button type="submit" variant="primary" isBusy={change.isPending}>
            Change password
          </Button>
        </div>
      </form>
    </>
  );
}
