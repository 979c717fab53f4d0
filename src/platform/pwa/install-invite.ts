/**
 * When to invite the reader to install the app: not on arrival, but once the app has been useful — the second
 * meaningful page (a guide section, a slang term, a scheme, a checklist, Table 1, the finder, a saved contact) —
 * and never again for a while once refused. A few bytes of rules kept apart from the banner (loaded lazily).
 */
const KEY = 'limits-terrain:install-invite';
/** After "Not now" (or a refused browser prompt), the invitation stays away this long. */
export const INVITE_SNOOZE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The invitation comes with the second meaningful page: the app has answered a first question. */
export const VIEWS_BEFORE_INVITE = 2;

export interface InviteRecord {
  /** Meaningful pages seen on this device. */
  views: number;
  /** The last page counted, so a reload or a return to the same page counts once. */
  lastPath?: string;
  /** When the reader last said no (ms since epoch). */
  dismissedAt?: number;
}

const MEANINGFUL = [
  /^\/guide\/[^/]+$/,
  /^\/vocabulary\/[^/]+$/,
  /^\/schemes\/[^/]+$/,
  /^\/checklists\/[^/]+$/,
  /^\/table-1$/,
  /^\/finder$/,
  /^\/contacts\/[^/]+\/referrals\/[^/]+$/,
];

/** A page that answers something, or the contact list reached by saving a contact. */
export function isMeaningfulView(pathname: string, state: unknown): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (path === '/contacts') return (state as { contactNotice?: unknown } | null)?.contactNotice === 'saved';
  return MEANINGFUL.some((pattern) => pattern.test(path));
}

export function readInvite(): InviteRecord {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<InviteRecord>;
    return {
      views: typeof value.views === 'number' ? value.views : 0,
      lastPath: typeof value.lastPath === 'string' ? value.lastPath : undefined,
      dismissedAt: typeof value.dismissedAt === 'number' ? value.dismissedAt : undefined,
    };
  } catch {
    // Storage blocked or the value damaged: start counting again (the worst case is an invitation shown later).
    return { views: 0 };
  }
}

function writeInvite(record: InviteRecord): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(record));
  } catch {
    // Storage blocked (private mode, quota): the invitation then follows this page's count only.
  }
}

/** Counts a page if it is meaningful and not the one counted last; returns the record as it now stands. */
export function recordView(pathname: string, state: unknown): InviteRecord {
  const record = readInvite();
  const key = pathname + (pathname === '/contacts' ? '#saved' : '');
  if (!isMeaningfulView(pathname, state) || record.lastPath === key) return record;
  const next = { ...record, views: record.views + 1, lastPath: key };
  writeInvite(next);
  return next;
}

export function dismissInvite(now = Date.now()): void {
  writeInvite({ ...readInvite(), dismissedAt: now });
}

export interface InviteContext {
  record: InviteRecord;
  now: number;
  /** The app runs installed (display-mode standalone) or the browser reported its installation. */
  installed: boolean;
  /** The browser offered installation (beforeinstallprompt fired). */
  canPrompt: boolean;
  /** iOS Safari: no prompt, but Add-to-Home-Screen steps. */
  ios: boolean;
}

export function shouldInvite({ record, now, installed, canPrompt, ios }: InviteContext): boolean {
  if (installed || !(canPrompt || ios)) return false;
  if (record.views < VIEWS_BEFORE_INVITE) return false;
  return record.dismissedAt === undefined || now - record.dismissedAt >= INVITE_SNOOZE_DAYS * DAY_MS;
}

/** Installed and opened from the home screen: Chrome's display mode, or Safari's own flag. */
export function runsStandalone(): boolean {
  const media = window.matchMedia?.('(display-mode: standalone)').matches ?? false;
  return media || (navigator as Navigator & { standalone?: boolean }).standalone === true;
}
