import { useRef, type FormEvent } from 'react';
import type { User } from '@bluelamp/contracts/platform/users';
import { isApiError } from '../../../../api/ApiError';
import { fieldErrors } from '../../../../api/fieldErrors';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { Checkbox } from '../../../../ui/Checkbox';
import { TextField } from '../../../../ui/TextField';
import { useFocusFirstError } from '../../../../ui/useFocusFirstError';
import { useUserEditForm } from '../hooks/useUserEditForm';
import { RoleCheckboxes } from './RoleCheckboxes';
import { UserConflictNotice } from './UserConflictNotice';

/** Change a user's name, e-mail, roles and whether the account is active. */
export function UserEditForm({ user }: { user: User }) {
  const form = useUserEditForm(user);
  const formRef = useRef<HTMLFormElement>(null);
  const isConflict = isApiError(form.error, 'VERSION_CONFLICT');
  const { fields, summary } = fieldErrors(isConflict ? undefined : form.error);
  useFocusFirstError(formRef, form.error);
  const { draft, setDraft } = form;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await form.save();
  };

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate className="form-stack">
      {form.conflict && <UserConflictNotice mine={draft} current={form.conflict} onKeepMine={() => void form.keepMine()} onTakeTheirs={form.takeTheirs} />}
      {summary && (
        <Alert tone="error" isSummary>
          {summary}
        </Alert>
      )}
      {form.savedAt && <Alert tone="success">Changes saved.</Alert>}
      <div className="form-grid">
        <TextField label="Display name" value={draft.displayName} onChange={(e) => setDraft({ ...draft, displayName: e.target.value })} error={fields.displayName} />
        <TextField label="E-mail (optional)" type="email" value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} error={fields.email} />
      </div>
      <Checkbox
        label="Account active"
        hint="A disabled account cannot sign in; its history is kept."
        checked={draft.isActive}
        onChange={(e) => setDraft({ ...draft, isActive: e.target.checked })}
      />
      <RoleCheckboxes value={draft.roles} onChange={(roles) => setDraft({ ...draft, roles })} error={fields.roles} />
      <div className="form-actions">
        <Button type="submit" variant="primary" isBusy={form.isSaving} disabled={Boolean(form.conflict)}>
          {form.isSaving ? 'Saving…' : 'Save changes'}
        </Button>
      </div>
    </form>
  );
}
