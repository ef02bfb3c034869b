import { useEffect, useState } from 'react';
import type { RoleCode } from '@bluelamp/contracts/roles';
import type { User } from '@bluelamp/contracts/platform/users';
import { isApiError } from '../../../../api/ApiError';
import { queryCache } from '../../../../api/queryCache';
import { useUpdateUser } from './useUpdateUser';

export type UserDraft = { displayName: string; email: string; roles: string[]; isActive: boolean };

const draftOf = (user: User): UserDraft => ({ displayName: user.displayName, email: user.email ?? '', roles: [...user.roles], isActive: user.isActive });

/**
 * The edit form's state. Saves send the version the form was loaded at. When someone else saved
 * first (409 VERSION_CONFLICT) the form keeps the user's edits and holds the current record in
 * `conflict`, so the screen can show both; the user then keeps their edits (saving over the new
 * version on purpose) or takes the current values.
 */
export function useUserEditForm(user: User) {
  const [draft, setDraft] = useState<UserDraft>(() => draftOf(user));
  const [version, setVersion] = useState(user.version);
  const [savedAt, setSavedAt] = useState<number | undefined>();
  const update = useUpdateUser(user.id);

  const save = async (atVersion = version): Promise<boolean> => {
    setSavedAt(undefined);
    const saved = await update.mutate({
      version: atVersion,
      displayName: draft.displayName.trim(),
      email: draft.email.trim() || null,
      roles: draft.roles as RoleCode[],
      isActive: draft.isActive,
    });
    if (saved) {
      setVersion(saved.version);
      setDraft(draftOf(saved));
      queryCache.set(`users:one:${saved.id}`, saved);
      setSavedAt(Date.now());
      return true;
    }
    return false;
  };

  // The latest refusal; a conflict carries the record as it now stands.
  const conflict = isApiError(update.error, 'VERSION_CONFLICT') ? update.error.current<User>() : undefined;

  // The rest of the page shows the record too: bring it up to date with what someone else saved.
  useEffect(() => {
    if (conflict) queryCache.invalidate(`users:one:${conflict.id}`, 'audit:');
  }, [conflict]);

  /** Saves the user's edits over the version someone else saved, now that they have seen it. */
  const keepMine = async () => {
    if (!conflict) return;
    await save(conflict.version);
  };

  const takeTheirs = () => {
    if (!conflict) return;
    setDraft(draftOf(conflict));
    setVersion(conflict.version);
    queryCache.set(`users:one:${conflict.id}`, conflict);
    update.reset();
  };

  return { draft, setDraft, save, conflict, keepMine, takeTheirs, isSaving: update.isPending, error: update.error, savedAt };
}
