import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inPageStep } from '../../scripts/bench/browser-steps';

/** Only what inPageStep reads of a page when a step expires: its URL and first heading. */
const page = {
  url: () => 'http://127.0.0.1:4173/contacts/new',
  locator: () => ({ first: () => ({ textContent: async () => 'New contact' }) }),
} as unknown as Page;

describe('inPageStep: an in-page wait of a benchmark fails instead of hanging', () => {
  it('answers what the page answered in time', async () => {
    await expect(inPageStep(page, 'saving', Promise.resolve(42), 1_000)).resolves.toBe(42);
  });

  it('passes on the page’s own error', async () => {
    await expect(inPageStep(page, 'saving', Promise.reject(new Error('no button')), 1_000)).rejects.toThrow(
      'no button',
    );
  });

  it('names the step, the URL and the heading when the page never answers', async () => {
    await expect(inPageStep(page, 'saving "Bench 3"', new Promise<number>(() => undefined), 20)).rejects.toThrow(
      'saving "Bench 3": no answer from the page after 0.02 s (at http://127.0.0.1:4173/contacts/new, heading "New contact")',
    );
  });
});
