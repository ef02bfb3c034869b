import type { Route } from '../../app/routes';
import './identity.css';
import { LocationCreatePage } from './components/LocationCreatePage';
import { LocationDetailPage } from './components/LocationDetailPage';
import { LocationSearchPage } from './components/LocationSearchPage';
import { PersonCreatePage } from './components/PersonCreatePage';
import { PersonDetailPage } from './components/PersonDetailPage';
import { PersonSearchPage } from './components/PersonSearchPage';
import { VehicleDetailPage } from './components/VehicleDetailPage';
import { VehicleSearchPage } from './components/VehicleSearchPage';

/** Screens for persons, locations and vehicles (search, detail, create); "new" comes before ":id". */
export const IDENTITY_ROUTES: Route[] = [
  { path: '/persons', title: 'People and places', permission: 'identity:read', render: () => <PersonSearchPage /> },
  { path: '/persons/new', title: 'New person', permission: 'identity:write', render: () => <PersonCreatePage /> },
  { path: '/persons/:id', title: 'Person', permission: 'identity:read', render: (p) => <PersonDetailPage key={p.id} id={p.id!} /> },
  { path: '/locations', title: 'Places', permission: 'identity:read', render: () => <LocationSearchPage /> },
  { path: '/locations/new', title: 'New place', permission: 'identity:write', render: () => <LocationCreatePage /> },
  { path: '/locations/:id', title: 'Place', permission: 'identity:read', render: (p) => <LocationDetailPage key={p.id} id={p.id!} /> },
  { path: '/vehicles', title: 'Vehicles', permission: 'identity:read', render: () => <VehicleSearchPage /> },
  { path: '/vehicles/:id', title: 'Vehicle', permission: 'identity:read', render: (p) => <VehicleDetailPage key={p.id} id={p.id!} /> },
];
