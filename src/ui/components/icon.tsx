/**
 * The app's icons: small inline SVG paths on a 24 × 24 grid, drawn with the text colour (`currentColor`), so
 * they follow the theme and forced colours. No icon library: the layout is part of the first route's budget.
 * Always decorative (`aria-hidden`): the control or status that holds an icon carries its name in words.
 */
const PATHS = {
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 0 0 0-13zM15.5 15.5L20.5 20.5',
  settings:
    'M4 7h8M18 7h2M4 17h2M12 17h8M15 4.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 0 0 0-5zM9 14.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 0 0 0-5z',
  guide: 'M5 19.5V5a2 2 0 0 1 2-2h12v14H7a2 2 0 0 0-2 2.5a2 2 0 0 0 2 1.5h12M9 7h6',
  slang: 'M4 5h16v11H10l-6 4.5zM8 9.5h8M8 12.5h5',
  schemes: 'M12 3v18M8 21h8M5 5.5h11l3 3-3 3H5z',
  decide: 'M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0-18zM15.5 8.5l-2 5-5 2 2-5z',
  contacts:
    'M6 3h12a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM12 7a2.5 2.5 0 1 0 0 5a2.5 2.5 0 0 0 0-5zM8.5 17a3.5 3.5 0 0 1 7 0',
  plus: 'M12 5v14M5 12h14',
  offline: 'M3 3l18 18M9 6.4A6 6 0 0 1 17.7 10A4 4 0 0 1 20 16.8M17 18H6.5A4.5 4.5 0 0 1 6 9.1',
  pending: 'M12 15V4M7.5 8.5L12 4l4.5 4.5M5 20h14',
  syncing: 'M19.5 10A8 8 0 0 0 5.2 7.5M5 4v4h4M4.5 14a8 8 0 0 0 14.3 2.5M19 20v-4h-4',
  problem: 'M12 3.5L21.5 20h-19zM12 10v4.5M12 17v.5',
  locked: 'M6 11h12v10H6zM8.5 11V7.5a3.5 3.5 0 0 1 7 0V11',
  synced: 'M5 12.5l4.5 4.5L19 7.5',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
