import { Checkbox } from '../../../../ui/Checkbox';
import { Fieldset } from '../../../../ui/Fieldset';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useRoles } from '../hooks/useRoles';

type RoleCheckboxesProps = { value: string[]; onChange: (roles: string[]) => void; error?: string | undefined };

/** The roles as checkboxes with their descriptions; at least one is needed. */
export function RoleCheckboxes({ value, onChange, error }: RoleCheckboxesProps) {
  const roles = useRoles();
  const toggle = (code: string, checked: boolean) => onChange(checked ? [...value, code] : value.filter((c) => c !== code));
  return (
    <Fieldset legend="Roles" error={error}>
      <QueryStatus isLoading={roles.isLoading} error={roles.error} onRetry={roles.refetch} what="roles" />
      <div className="checkbox-grid">
        {roles.data?.items.map((role) => (
          <Checkbox key={role.code} label={role.name} hint={role.description} name="roles" value={role.code} checked={value.includes(role.code)} onChange={(e) => toggle(role.code, e.target.checked)} />
        ))}
      </div>
    </Fieldset>
  );
}
