import type { ReactNode } from 'react';

/** Label/value pairs that wrap onto two lines on narrow screens or with large text. */
export function SyncFacts({ items }: { items: readonly { label: string; value: ReactNode }[] }) {
  return (
    <dl className="sync-facts">
      {items.map(({ label, value }) => (
        <div key={label} className="sync-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
