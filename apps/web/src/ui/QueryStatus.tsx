import type { ApiError } from '../api/ApiError';
import { Alert } from './Alert';
import { Button } from './Button';

type QueryStatusProps = {
  isLoading: boolean;
  error: ApiError | undefined;
  onRetry?: () => void;
  /** What is loading, e.g. "users". */
  what?: string;
};

/** "Loading…" or the API's error with a retry button; renders nothing once data are shown. */
export function QueryStatus({ isLoading, error, onRetry, what }: QueryStatusProps) {
  if (error) {
    return (
      <Alert tone="error" title={what ? `Could not load ${what}` : 'Could not load this'}>
        <p>{error.message}</p>
        {onRetry && (
          <Button variant="secondary" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Alert>
    );
  }
  if (isLoading) {
    return (
      <p className="loading" role="status">
        <span className="spinner" aria-hidden="true" /> Loading{what ? ` ${what}` : ''}…
      </p>
    );
  }
  return null;
}
