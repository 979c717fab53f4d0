import { beforeEach, describe, expect, it } from 'vitest';
import {
  dismissInvite,
  INVITE_SNOOZE_DAYS,
  isMeaningfulView,
  readInvite,
  recordView,
  shouldInvite,
  type InviteContext,
} from './install-invite';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 2, 8);
const base: Omit<InviteContext, 'record'> = { now: NOW, installed: false, canPrompt: true, ios: false };

beforeEach(() => localStorage.clear());

describe('install invitation rules', () => {
  it('counts answers, not lists or arrivals', () => {
    expect(isMeaningfulView('/', null)).toBe(false);
    expect(isMeaningfulView('/guide', null)).toBe(false);
    expect(isMeaningfulView('/vocabulary', null)).toBe(false);
    expect(isMeaningfulView('/contacts/new', null)).toBe(false);
    expect(isMeaningfulView('/contacts', null)).toBe(false);
    expect(isMeaningfulView('/guide/2-4-2', null)).toBe(true);
    expect(isMeaningfulView('/vocabulary/nourrice', null)).toBe(true);
    expect(isMeaningfulView('/schemes/epide/', null)).toBe(true);
    expect(isMeaningfulView('/finder', null)).toBe(true);
    // The contact list right after a contact was saved.
    expect(isMeaningfulView('/contacts', { contactNotice: 'saved' })).toBe(true);
  });

  it('counts a page once, however often it is reloaded, and remembers across visits', () => {
    recordView('/schemes/epide', null);
    recordView('/schemes/epide', null);
    expect(readInvite().views).toBe(1);
    recordView('/guide', null);
    expect(readInvite().views).toBe(1);
    recordView('/vocabulary/nourrice', null);
    expect(readInvite()).toMatchObject({ views: 2, lastPath: '/vocabulary/nourrice' });
  });

  it('invites from the second meaningful page on, only when the browser can install', () => {
    expect(shouldInvite({ ...base, record: { views: 1 } })).toBe(false);
    expect(shouldInvite({ ...base, record: { views: 2 } })).toBe(true);
    expect(shouldInvite({ ...base, canPrompt: false, record: { views: 5 } })).toBe(false);
    expect(shouldInvite({ ...base, canPrompt: false, ios: true, record: { views: 2 } })).toBe(true);
    expect(shouldInvite({ ...base, installed: true, record: { views: 5 } })).toBe(false);
  });

  it('stays away for the snooze period after "not now", then comes back', () => {
    dismissInvite(NOW);
    const record = { ...readInvite(), views: 4 };
    expect(record.dismissedAt).toBe(NOW);
    expect(shouldInvite({ ...base, record, now: NOW + (INVITE_SNOOZE_DAYS - 1) * DAY })).toBe(false);
    expect(shouldInvite({ ...base, record, now: NOW + INVITE_SNOOZE_DAYS * DAY })).toBe(true);
  });

  it('starts again from nothing when the stored value is damaged', () => {
    localStorage.setItem('limits-terrain:install-invite', '{not json');
    expect(readInvite()).toEqual({ views: 0 });
  });
});
