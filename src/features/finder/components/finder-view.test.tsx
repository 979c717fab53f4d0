import { setDeviceFlag } from '../../../platform/device-flags/device-flags';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation, useParams } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '../../../platform/db/db';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { FinderView } from './finder-view';

function LocationProbe() {
  return <span data-testid="search">{useLocation().search}</span>;
}

function SchemePageProbe() {
  return <h1>scheme page {useParams().schemeId}</h1>;
}

const section = (name: RegExp | string) => screen.getByRole('region', { name });
/** A result in a section, by its heading (the scheme's acronym or French name). */
const result = (container: HTMLElement, name: RegExp) =>
  within(container).getByRole('heading', { name }).closest('li') as HTMLElement;
/** What a result says under a label ("Why", "Misses"…): the definition next to that term. */
const says = (item: HTMLElement, label: string) =>
  within(item).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('FinderView', () => {
  beforeEach(async () => {
    await freshDb();
  });

  it('asks the questions with visible labels and prompts before any answer', async () => {
    await renderApp(<FinderView />, { url: '/finder' });
    expect(screen.getByRole('heading', { level: 1, name: 'Which scheme? Eligibility finder' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Age' })).toHaveValue(null);
    for (const legend of [
      'School, training or work',
      'Diploma or qualification',
      'Recognised disability',
      'Lives in a priority neighbourhood (QPV)',
      'Vulnerable situation',
      'Involvement in trafficking',
      'Nature of the facts',
      'A first offence',
      'A parent or the family is asking for help',
    ]) {
      expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
    }
    expect(
      within(screen.getByRole('group', { name: 'Recognised disability' })).getByRole('radio', { name: "Don't know" }),
    ).toBeChecked();
    expect(await screen.findByText(/Answer at least one question/)).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('heading', { name: 'Schemes that fit' })).not.toBeInTheDocument();
  });

  it('age 17 and dropped out: EPIDE among the matches, to check (diploma), answers kept in the URL', async () => {
    const user = userEvent.setup();
    await renderApp(
      <>
        <FinderView />
        <LocationProbe />
      </>,
      { url: '/finder' },
    );
    await screen.findByText(/Answer at least one question/);
    await user.type(screen.getByRole('spinbutton', { name: 'Age' }), '17');
    await user.click(screen.getByRole('radio', { name: 'Dropped out of school' }));

    const matches = section('Schemes that fit');
    const epide = result(matches, /EPIDE/);
    expect(within(epide).getByRole('heading')).toHaveTextContent(/To check$/);
    expect(says(epide, 'Who it is for')).toBe('17–25; a CAP or BEP at most (no baccalauréat)');
    // Every answer that speaks for EPIDE, not only the age: the schooling answer's fact it gives priority to.
    expect(says(epide, 'Why')).toBe('age 17; not in employment, education or training');
    expect(says(epide, 'To check')).toBe('a CAP or BEP at most (no baccalauréat)');
    const mission = result(matches, /Mission locale/);
    expect(says(mission, 'Why')).toBe(
      'age 17; dropped out of school; not in employment, education or training; under the training obligation (16–17)',
    );
    expect(within(mission).queryByText('Particularly relevant')).not.toBeInTheDocument();
    const cej = result(matches, /CEJ/);
    expect(says(cej, 'Why')).toBe(
      'age 17; not in employment, education or training; dropped out of school; under the training obligation (16–17)',
    );
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ schemes fit \(\d+ of them to check\)$/);
    expect(screen.getByTestId('search')).toHaveTextContent('?age=17&school=dropped-out');

    // Saying "no diploma" turns EPIDE into a full match.
    await user.click(screen.getByRole('radio', { name: 'No diploma (or the brevet only)' }));
    expect(within(result(section('Schemes that fit'), /EPIDE/)).getByRole('heading')).not.toHaveTextContent('To check');
  });

  it('ranks by fit: full matches first, the most supported first; a sticky count jumps to them', async () => {
    const user = userEvent.setup();
    await renderApp(<FinderView />, { url: '/finder?age=18&school=dropped-out&diploma=none' });
    const matches = await screen.findByRole('region', { name: 'Schemes that fit' });
    const cards = within(matches)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('finder-result'));
    const titles = cards.map((card) => within(card).getAllByRole('heading')[0]?.textContent ?? '');
    // EPIDE (age, CAP or BEP at most, no diploma, NEET) in the top group, with schemes as well supported.
    expect(titles.slice(0, 5).some((title) => title.startsWith('EPIDE'))).toBe(true);
    // How many answers each "why" names, in the cards' order: full matches first, then never more support
    // after less within a status.
    const support = cards.map((card) => ({
      toCheck: within(card).queryByText('To check', { selector: '.tag' }) !== null,
      count:
        within(card).queryByText('Why', { selector: 'dt' })?.nextElementSibling?.textContent?.split('; ').length ?? 0,
    }));
    expect(support.findIndex((card) => card.toCheck)).not.toBe(0);
    for (let i = 1; i < support.length; i++) {
      const [before, after] = [support[i - 1], support[i]];
      if (before && after && before.toCheck === after.toCheck) expect(after.count).toBeLessThanOrEqual(before.count);
      if (before?.toCheck) expect(after?.toCheck).toBe(true);
    }
    expect(says(result(matches, /EPIDE/), 'Why')).toBe(
      'age 18; a CAP or BEP at most (no baccalauréat); no diploma (or the brevet only); not in employment, education or training',
    );

    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ schemes fit/);
    const heading = screen.getByRole('heading', { level: 2, name: 'Schemes that fit' });
    const scrolled: Element[] = [];
    heading.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    await user.click(screen.getByRole('button', { name: 'See the results' }));
    expect(scrolled).toEqual([heading]);
    expect(heading).toHaveFocus();
  });

  it('before any answer, the count prompts and offers no jump', async () => {
    await renderApp(<FinderView />, { url: '/finder' });
    await screen.findByText(/Answer at least one question/);
    expect(screen.queryByRole('button', { name: 'See the results' })).not.toBeInTheDocument();
  });

  it('age 16: EPIDE is a near miss with the reason', async () => {
    await renderApp(<FinderView />, { url: '/finder?age=16&school=dropped-out' });
    const near = await screen.findByRole('region', { name: 'Near misses' });
    expect(says(result(near, /EPIDE/), 'Misses')).toBe('from 17 — age 16');
    expect(within(section('Schemes that fit')).queryByRole('link', { name: /EPIDE/ })).not.toBeInTheDocument();
  });

  it('CEJ at 27 with a recognised disability, restored from the URL', async () => {
    await renderApp(<FinderView />, { url: '/finder?age=27&school=neither&disability=yes' });
    const matches = await screen.findByRole('region', { name: 'Schemes that fit' });
    expect(screen.getByRole('spinbutton', { name: 'Age' })).toHaveValue(27);
    expect(
      within(screen.getByRole('group', { name: 'Recognised disability' })).getByRole('radio', { name: 'Yes' }),
    ).toBeChecked();
    const cej = result(matches, /CEJ/);
    expect(says(cej, 'Who it is for')).toBe(
      '16–25, or up to 29 with a recognised disability; one of: not in employment, education or training or dropped out of school',
    );
    expect(says(cej, 'Why')).toBe('age 27 and a recognised disability; not in employment, education or training');
  });

  it('a family asking for help after a first offence: parent support and RAO, with their checklists', async () => {
    await renderApp(<FinderView />, { url: '/finder?age=15&offence=yes&family=yes' });
    const measures = await screen.findByRole('region', { name: 'For the family and the neighbourhood' });
    const parenting = within(measures)
      .getByRole('heading', { name: /Supporting parents/ })
      .closest('li') as HTMLElement;
    expect(within(parenting).getByRole('link', { name: /Programme de soutien aux familles/ })).toHaveAttribute(
      'href',
      '/schemes/psfp',
    );
    expect(
      within(parenting).getByRole('link', { name: 'Supporting parents whose child is involved in trafficking' }),
    ).toHaveAttribute('href', '/checklists/parent-support');
    const reminding = within(measures)
      .getByRole('heading', { name: /Reminding parents/ })
      .closest('li') as HTMLElement;
    expect(says(result(reminding, /Rappel à l’ordre/), 'Why')).toBe('age 15; a first offence');
    expect(
      within(section('Schemes that fit')).queryByRole('link', { name: /Rappel à l’ordre/ }),
    ).not.toBeInTheDocument();
  });

  it('"none of these" and the vulnerable situations exclude each other', async () => {
    const user = userEvent.setup();
    await renderApp(
      <>
        <FinderView />
        <LocationProbe />
      </>,
      { url: '/finder?age=19' },
    );
    const group = await screen.findByRole('group', { name: 'Vulnerable situation' });
    await user.click(within(group).getByRole('checkbox', { name: 'Homeless' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Substance use' }));
    expect(screen.getByTestId('search')).toHaveTextContent('vulnerable=homeless%2Csubstance-use');
    expect(says(result(section('Schemes that fit'), /TAPAJ/), 'Why')).toBe(
      'age 19; a vulnerable situation; personal or social difficulties',
    );
    await user.click(within(group).getByRole('checkbox', { name: 'None of these' }));
    expect(within(group).getByRole('checkbox', { name: 'Homeless' })).not.toBeChecked();
    expect(says(result(section('Near misses'), /TAPAJ/), 'Misses')).toBe(
      'a vulnerable situation — not in a vulnerable situation',
    );
  });

  it('opens a match on its scheme page', async () => {
    const user = userEvent.setup();
    await renderApp(<FinderView />, {
      url: '/finder?age=20&school=neither&qpv=yes',
      routes: [{ path: '/schemes/:schemeId', element: <SchemePageProbe /> }],
    });
    const matches = await screen.findByRole('region', { name: 'Schemes that fit' });
    await user.click(within(matches).getByRole('link', { name: /PRIJ/ }));
    expect(await screen.findByRole('heading', { name: 'scheme page prij' })).toBeInTheDocument();
  });

  it('speaks French', async () => {
    await renderApp(<FinderView />, { url: '/finder?age=16&school=dropped-out', language: 'fr' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Quel dispositif\u202f? Aide à l’orientation' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'En décrochage scolaire' })).toBeChecked();
    const near = await screen.findByRole('region', { name: 'À un critère près' });
    expect(result(near, /EPIDE/)).toHaveTextContent('à partir de 17 ans — âge : 16 ans');
    expect(screen.getByRole('status')).toHaveTextContent(/dispositifs correspondent/);
  });

  it('shows under each rule where its conditions come from (why this answer)', async () => {
    await renderApp(<FinderView />, { url: '/finder?age=20&school=neither&diploma=vocational' });
    const epide = result(await screen.findByRole('region', { name: 'Schemes that fit' }), /EPIDE/);
    const sources = within(epide).getByText('Why this answer: the sources').closest('details') as HTMLElement;
    expect(within(sources).getAllByRole('link', { name: 'guide, 2.4.2' })[0]).toHaveAttribute('href', '/guide/2-4-2');
    expect(within(sources).getByRole('link', { name: 'service-public.fr, fiche F1190 (Epide)' })).toHaveAttribute(
      'href',
      'https://www.service-public.fr/particuliers/vosdroits/F1190',
    );
    expect(sources).toHaveTextContent(/a CAP or a BEP does not rule EPIDE out/);
  });

  it('says when an age range has no source: to check, never excluded', async () => {
    await renderApp(<FinderView />, { url: '/finder?age=19&involvement=occasional' });
    const stays = result(await screen.findByRole('region', { name: 'Schemes that fit' }), /Séjours de rupture/);
    expect(says(stays, 'To check')).toBe(
      'age 19, outside the usual ages 13–17 that no source gives: check with the scheme',
    );
    expect(stays).toHaveTextContent(/Ages: usual ages that no source gives — outside them, check rather than exclude/);
  });

  it('a first misdemeanour: no formal warning, and what the guide says applies instead', async () => {
    const user = userEvent.setup();
    await renderApp(
      <>
        <FinderView />
        <LocationProbe />
      </>,
      { url: '/finder?age=15&offence=yes' },
    );
    await screen.findByRole('region', { name: 'For the family and the neighbourhood' });
    await user.click(screen.getByRole('radio', { name: 'A misdemeanour or crime (selling drugs, for example)' }));
    expect(screen.getByTestId('search')).toHaveTextContent('facts=misdemeanour');
    const instead = screen.getByRole('region', { name: 'What applies instead' });
    const rao = result(instead, /Rappel à l’ordre/);
    expect(says(rao, 'Misses')).toBe('facts that are neither a crime nor a misdemeanour — a misdemeanour or a crime');
    expect(within(rao).getByRole('link', { name: 'breakaway stay' })).toHaveAttribute(
      'href',
      '/schemes/sejours-rupture',
    );
    expect(within(section('For the family and the neighbourhood')).queryByText(/Rappel/)).not.toBeInTheDocument();

    await user.click(
      screen.getByRole('radio', { name: 'An incivility or minor breach (not a crime or misdemeanour)' }),
    );
    expect(screen.queryByRole('region', { name: 'What applies instead' })).not.toBeInTheDocument();
    const measures = section('For the family and the neighbourhood');
    expect(says(result(measures, /Rappel à l’ordre/), 'Why')).toBe(
      'age 15; a first offence; facts that are neither a crime nor a misdemeanour',
    );
  });

  it('a regional scheme: Île-de-France only, settled by the region or by the team directory', async () => {
    const user = userEvent.setup();
    await renderApp(<FinderView />, { url: '/finder?age=19&vulnerable=homeless' });
    const matches = await screen.findByRole('region', { name: 'Schemes that fit' });
    expect(says(result(matches, /EDI/), 'To check')).toBe(
      'Île-de-France only: check that it exists locally (or give the region)',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region where the young person lives' }), [
      'hauts-de-france',
    ]);
    const edi = result(section('Near misses'), /EDI/);
    expect(says(edi, 'Misses')).toBe('Île-de-France only — region: Hauts-de-France; look for an equivalent locally');
    expect(says(edi, 'Instead')).toMatch(/^Outside Île-de-France, ask the local mission/);

    // The team's directory lists an EDI near the team: it exists locally.
    await getDb().directoryEntries.put({ id: 'edi-local', schemeId: 'edi', name: 'EDI du quartier', source: 'team' });
    // As the team directory's sync does when it stores entries (src/data/directory/directory-sync.ts).
    setDeviceFlag('directory', true);
    await waitFor(
      () =>
        expect(says(result(section('Schemes that fit'), /EDI/), 'Why')).toBe(
          "age 19; listed in your team's local directory; personal or social difficulties; a vulnerable situation",
        ),
      // The directory is read from IndexedDB after the flag: slow on a loaded 2-core machine.
      { timeout: 5000 },
    );
  });
});
