import { Link } from './router';
import { PageHeader } from '../ui/PageHeader';

/** An unknown address, or a screen the user's roles do not open (the two look the same). */
export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" description="This address does not exist, or your role does not open it." />
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </>
  );
}
