import { useRef, useState, type FormEvent } from 'react';
import type { RoleCode } from '@bluelamp/contracts/roles';
import { fieldErrors } from '../../../../api/fieldErrors';
import { useRouter } from '../../../../app/router';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { PageHeader } from '../../../../ui/PageHeader';
import { TextField } from '../../../../ui/TextField';
import { useFocusFirstError } from '../../../../ui/useFocusFirstError';
import { StaffPicker } from '../../../workforce/components/StaffPicker';
import { useCreateUser } from '../hooks/useCreateUser';
import { RoleCheckboxes } from './RoleCheckboxes';

// Refusals that concern one field are shown on that field.
const CODE_FIELDS = { ALREADY_EXISTS: 'username', WEAK_PASSWORD: 'password' };

/** Create a user account: username, name, e-mail, first password, roles, linked staff record. */
export function UserCreatePage() {
  const { navigate } = useRouter();
  const create = useCreateUser();
  const [form, setForm] = useState({ username: '', displayName: '', email: '', password: '' });
  const [roles, setRoles] = useState<string[]>([]);
  const [staffId, setStaffId] = useState<string | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string> | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const fromApi = fieldErrors(create.error, CODE_FIELDS);
  const fields = localErrors ?? fromApi.fields;
  const summary = localErrors ? undefined : fromApi.summary;
  useFocusFirstError(formRef, localErrors ?? create.error);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!form.username.trim()) missing.username = 'Enter a username';
    if (!form.displayName.trim()) missing.displayName = 'Enter the name to display';
    if (!form.password) missing.password = 'Enter a first password';
    if (roles.length === 0) missing.roles = 'Choose at least one role';
    if (Object.keys(missing).length) {
      setLocalErrors(missing);
      return;
    }
    setLocalErrors(undefined);
    const created = await create.mutate({
      username: form.username.trim(),
      displayName: form.displayName.trim(),
      email: form.email.trim() || null,
      password: form.password,
      roles: roles as RoleCode[],
      staffId,
    });
    if (created) navigate(`/users/${created.id}?created=1`);
  };

  return (
    <>
      <PageHeader title="Create user" description="The new user signs in with this username and password, and should change the password at once." />
      <form ref={formRef} onSubmit={handleSubmit} noValidate className="form-stack">
        {summary && (
          <Alert tone="error" isSummary>
            {summary}
          </Alert>
        )}
        <div className="form-grid">
          <TextField label="Username" hint="Letters, digits, dots, dashes; e.g. j.smith" autoComplete="off" autoCapitalize="none" spellCheck={false} value={form.username} onChange={set('username')} error={fields.username} required />
          <TextField label="Display name" hint="As colleagues know them, e.g. PC 4127 Jane Smith" value={form.displayName} onChange={set('displayName')} error={fields.displayName} required />
          <TextField label="E-mail (optional)" type="email" autoComplete="off" value={form.email} onChange={set('email')} error={fields.email} />
          <TextField label="First password" hint="At least 12 characters" type="password" autoComplete="new-password" value={form.password} onChange={set('password')} error={fields.password} required />
        </div>
        <StaffPicker value={staffId} onChange={setStaffId} error={fields.staffId} />
        <RoleCheckboxes value={roles} onChange={setRoles} error={fields.roles} />
        <div className="form-actions">
          <Button type="submit" variant="primary" isBusy={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create user'}
          </Button>
          <Button onClick={() => navigate('/users')}>Cancel</Button>
        </div>
      </form>
    </>
  );
}
