import type { ReactNode } from 'react';

/** Label/value pairs; each pair wraps onto two lines when the screen is narrow or the text large. */
export function Facts({ items }: { items: readonly { label: string; value: ReactNode }[] }) {
  return (
    <dl className="settings-facts">
      {items.map(({ label, value }) => (
        <div key={label} className="settings-facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
