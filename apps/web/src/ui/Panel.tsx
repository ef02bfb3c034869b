import { useId, type ReactNode } from 'react';

type PanelProps = {
  title: ReactNode;
  /** Small controls or a count beside the heading. */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A titled section of a page (a landmark named by its h2). */
export function Panel({ title, aside, className, children }: PanelProps) {
  const id = useId();
  return (
    <section className={['panel', className].filter(Boolean).join(' ')} aria-labelledby={id}>
      <div className="panel-header">
        <h2 id={id}>{title}</h2>
        {aside && <div className="panel-aside">{aside}</div>}
      </div>
      <div className="panel-body">{children}</div>
    </section>
  );
}
