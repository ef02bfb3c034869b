import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { TextField } from '../../../../ui/TextField';
import { useSession } from '../hooks/useSession';

/**
 * The sign-in page. Shows the API's own words when it refuses (wrong password, locked for N
 * minutes) and keeps focus where the user needs to type next.
 */
export function SignInPage() {
  const { signIn, notice } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string }>({});
  const [isBusy, setIsBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Sign in – Bluelamp';
    usernameRef.current?.focus();
  }, []);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      username: username.trim() ? undefined : 'Enter your username',
      password: password ? undefined : 'Enter your password',
    };
    setFieldErrors(missing);
    if (missing.username || missing.password) {
      setError(undefined);
      (missing.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setIsBusy(true);
    const refused = await signIn(username.trim(), password);
    setIsBusy(false);
    if (!refused) return;
    setError(refused.message);
    setPassword('');
    passwordRef.current?.focus();
  };

  return (
    <div className="signin-layout">
      <main id="main" className="signin-card">
        <div className="signin-brand" aria-hidden="true">
          <img src="/favicon.svg" alt="" width="40" height="40" />
          <span>Bluelamp</span>
        </div>
        <h1 id="page-title" tabIndex={-1}>
          Sign in
        </h1>
        {notice && !error && <Alert tone="info">{notice}</Alert>}
        {error && <Alert tone="error">{error}</Alert>}
        <form onSubmit={handleSubmit} noValidate className="form-stack">
          <TextField
            ref={usernameRef}
            label="Username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            error={fieldErrors.username}
          />
          <TextField
            ref={passwordRef}
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldErrors.password}
          />
          <Button type="submit" variant="primary" isBusy={isBusy} className="btn-block">
            {isBusy ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
        <p className="signin-footnote">Bluelamp records every sign-in. Use only your own account.</p>
      </main>
    </div>
  );
}
