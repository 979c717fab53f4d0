/** The shared file download: one click on a temporary link to a blob URL, revoked later, the link not left behind. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from './download-file';

// jsdom has no blob URLs: the test supplies them and puts back whatever was there.
const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
afterEach(() => {
  Object.assign(URL, original);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('downloadText', () => {
  it('clicks a link named after the file, then revokes the blob URL after a delay', async () => {
    vi.useFakeTimers();
    const create = vi.fn<(blob: Blob) => string>(() => 'blob:fake-url');
    const revoke = vi.fn<(url: string) => void>();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    downloadText('a;b\n1;2', 'annuaire.csv', 'text/csv;charset=utf-8');

    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('annuaire.csv');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:fake-url');
    expect(document.querySelector('a[download]')).toBeNull();
    const blob = create.mock.calls[0]?.[0];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    expect(await blob?.text()).toBe('a;b\n1;2');
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(revoke).toHaveBeenCalledWith('blob:fake-url');
  });
});
