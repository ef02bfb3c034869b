import { SubNav } from '../../../../ui/SubNav';

/** The parts of the reference data area. */
export function ReferenceNav() {
  return (
    <SubNav
      label="Reference data"
      items={[
        { to: '/reference/grades', label: 'Response grades' },
        { to: '/reference/offence-codes', label: 'Offence codes' },
        { to: '/reference/outcome-types', label: 'Outcome types' },
        { to: '/reference/incident-categories', label: 'Incident categories' },
        { to: '/reference/police-uk-categories', label: 'Police.uk categories' },
      ]}
    />
  );
}
