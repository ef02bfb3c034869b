import type { Route } from '../../../app/routes';
import { DuplicatesQueuePage } from './components/DuplicatesQueuePage';
import { LocationDuplicatePage } from './components/LocationDuplicatePage';
import { PersonDuplicatePage } from './components/PersonDuplicatePage';

// The queue puts people's details side by side: it is for those who decide on merges (the API checks again).
const permission = 'identity:merge';

/** Screens for proposed duplicate persons and places, review and merge. */
export const DUPLICATE_ROUTES: Route[] = [
  { path: '/duplicates', title: 'Possible duplicates', permission, render: () => <DuplicatesQueuePage kind="persons" /> },
  { path: '/duplicates/persons', title: 'Possible duplicates', permission, render: () => <DuplicatesQueuePage kind="persons" /> },
  { path: '/duplicates/locations', title: 'Possible duplicate places', permission, render: () => <DuplicatesQueuePage kind="locations" /> },
  { path: '/duplicates/persons/:id', title: 'Compare possible duplicates', permission, render: (p) => <PersonDuplicatePage key={p.id} id={p.id!} /> },
  { path: '/duplicates/locations/:id', title: 'Compare possible duplicate places', permission, render: (p) => <LocationDuplicatePage key={p.id} id={p.id!} /> },
];
