import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useParams } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { GuideSectionView } from './guide-section-view';
import { forgetOpenChapters } from '../toc-memory';
import { GuideToc } from './guide-toc';

const notFound = <p>no such section</p>;

function SectionRoute() {
  // Reads the id from the URL like the app's route does.
  const { sectionId = '' } = useParams();
  return <GuideSectionView key={sectionId} id={sectionId} notFound={notFound} />;
}

describe('guide reader', () => {
  beforeEach(async () => {
    await freshDb();
    localStorage.clear();
    forgetOpenChapters();
  });

  it('lists every part and numbered section in the table of contents', async () => {
    const user = userEvent.setup();
    await renderApp(<GuideToc />, { url: '/guide' });
    const toc = await screen.findByRole('navigation', { name: 'Table of contents' });
    // Issue #15: chapters first; each one's sections one tap away.
    for (const toggle of within(toc).getAllByRole('button', { expanded: false })) await user.click(toggle);
    for (const name of [/^01/, /^1\.3/, /^2\.4\.2/, /^3\.3/, /^4\.2\.2/, /Conclusion/, /Appendix 2/]) {
      expect(within(toc).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(within(toc).getByRole('link', { name: /^2\.4\.2/ })).toHaveAttribute('href', '/guide/2-4-2');
  });

  it('issue #15: the table of contents is chapters that expand, not a wall of links', async () => {
    const user = userEvent.setup();
    await renderApp(<GuideToc />, { url: '/guide' });
    const toc = await screen.findByRole('navigation', { name: 'Table of contents' });
    // Every chapter is a link; no section below a chapter shows until its chapter is opened.
    const chapters = within(toc).getAllByRole('link');
    expect(chapters.length).toBeGreaterThan(4);
    expect(chapters.length).toBeLessThan(16);
    expect(within(toc).queryByRole('link', { name: /^2\.4\.2/ })).toBeNull();
    const chapter2 = within(toc).getByRole('link', { name: /^02/ });
    const toggle = within(chapter2.closest('li') as HTMLElement).getByRole('button', { name: /sections$/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAccessibleDescription(chapter2.textContent?.replace(/^02/, '') ?? '');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(toc).getByRole('link', { name: /^2\.4\.2/ })).toBeVisible();
    expect(within(toc).queryByRole('link', { name: /^3\.3/ })).toBeNull();
    await user.click(toggle);
    expect(within(toc).queryByRole('link', { name: /^2\.4\.2/ })).toBeNull();
  });

  it('issue #15: the table of contents opens on the chapter of the section read last', async () => {
    const view = await renderApp(<GuideSectionView id="2-4-2" notFound={notFound} />, { url: '/guide/2-4-2' });
    expect(await screen.findByRole('heading', { level: 1, name: /2\.4\.2/ })).toBeInTheDocument();
    view.unmount();
    forgetOpenChapters();
    await renderApp(<GuideToc />, { url: '/guide' });
    const toc = await screen.findByRole('navigation', { name: 'Table of contents' });
    expect(within(toc).getByRole('link', { name: /^2\.4\.2/ })).toBeVisible();
    expect(within(toc).getAllByRole('button', { expanded: true })).toHaveLength(1);
    expect(within(toc).queryByRole('link', { name: /^3\.3/ })).toBeNull();
  });

  it('shows a section with its number, breadcrumb, examples by town, callouts and neighbours', async () => {
    await renderApp(<GuideSectionView id="2-1-1" notFound={notFound} />, { url: '/guide/2-1-1' });
    expect(await screen.findByRole('heading', { level: 1, name: /2\.1\.1\s+Lifting the taboos/ })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('2.1');
    const example = screen.getByRole('region', { name: /Forum theatre/ });
    expect(example).toHaveAttribute('id', 'example-lille-forum-theatre');
    expect(within(example).getByText(/Example from the experimental projects · Lille/)).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Risks to be avoided' })).toHaveTextContent(
      /Production of communication tools/,
    );
    expect(screen.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/guide/2-1');
    expect(screen.getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/guide/2-2');
  });

  it('shows the footnotes a section refers to, linked from the text', async () => {
    await renderApp(<GuideSectionView id="intro" notFound={notFound} />, { url: '/guide/intro' });
    const notes = await screen.findByRole('region', { name: 'Notes' });
    expect(within(notes).getByText(/CESDIP was tasked by MILDECA/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: '1' })[0]).toHaveAttribute('href', '#fn-1');
  });

  it('follows the in-text links and the pager', async () => {
    const user = userEvent.setup();
    await renderApp(<SectionRoute />, {
      url: '/guide/2-4-2',
      path: '/guide/:sectionId',
    });
    await screen.findByRole('heading', { level: 1, name: /16, a pivotal age/ });
    await user.click(screen.getByRole('link', { name: /Next/ }));
    expect(await screen.findByRole('heading', { level: 1, name: /Pathways out of delinquency/ })).toBeInTheDocument();
  });

  it('says so when the section does not exist', async () => {
    await renderApp(<GuideSectionView id="9-9" notFound={notFound} />, { url: '/guide/9-9' });
    expect(await screen.findByText('no such section')).toBeInTheDocument();
  });
});
