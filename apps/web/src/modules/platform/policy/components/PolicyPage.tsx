import { useState } from 'react';
import { Button } from '../../../../ui/Button';
import { formatLondon } from '../../../../ui/format';
import { PageHeader } from '../../../../ui/PageHeader';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useSession } from '../../auth/hooks/useSession';
import { usePolicySettings } from '../hooks/usePolicySettings';
import { formatPolicyValue } from '../utils/formatPolicyValue';
import { PolicyEditForm } from './PolicyEditForm';

/** The force's policy settings; managers change one with a reason. */
export function PolicyPage() {
  const { can } = useSession();
  const settings = usePolicySettings();
  const [editing, setEditing] = useState<string | undefined>();
  const canManage = can('policy:manage');
  return (
    <>
      <PageHeader title="Force policy" description="Settings that decide how Bluelamp applies the force's policy. Every change is audited with its reason." />
      <QueryStatus isLoading={settings.isLoading} error={settings.error} onRetry={settings.refetch} what="policy settings" />
      {settings.data && (
        <ul className="card-list">
          {settings.data.items.map((setting) => (
            <li key={setting.key} className="card setting-card">
              <div className="setting-head">
                <div>
                  <h2 className="setting-title">{setting.description}</h2>
                  <p className="muted">
                    <code>{setting.key}</code> · version {setting.version} · changed {formatLondon(setting.updatedAt)}
                  </p>
                </div>
                <p className="setting-value" aria-label={`Current value of ${setting.key}`}>
                  {formatPolicyValue(setting.value)}
                </p>
              </div>
              {canManage &&
                (editing === setting.key ? (
                  <PolicyEditForm setting={setting} onDone={() => setEditing(undefined)} />
                ) : (
                  <Button onClick={() => setEditing(setting.key)} aria-label={`Change ${setting.key}`}>
                    Change
                  </Button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
