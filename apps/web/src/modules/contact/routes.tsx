import type { Route } from '../../app/routes';
import './contact.css';
import { ContactDetailPage } from './components/ContactDetailPage';
import { ContactListPage } from './components/ContactListPage';
import { TakeCallPage } from './components/TakeCallPage';

/** Call handling: take a call, recent contacts, one contact; "new" comes before ":id". */
export const CONTACT_ROUTES: Route[] = [
  { path: '/contact', title: 'Contacts', permission: 'contact:read', render: () => <ContactListPage /> },
  { path: '/contact/new', title: 'Take a call', permission: 'contact:create', render: () => <TakeCallPage /> },
  { path: '/contact/:id', title: 'Contact', permission: 'contact:read', render: (p) => <ContactDetailPage key={p.id} id={p.id!} /> },
];
