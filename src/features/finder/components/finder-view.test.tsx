import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation, useParams } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../../tests/unit/render-app';
import { FinderView } from './finder-view';

function LocationProbe() {
  return <span data-testid="search">{useLocation().search}</span>;
}

function SchemePageProbe() {
  return <h1>scheme page {useParams().schemeId}</h1>;
}

const section = (name: RegExp | string) => screen.getByRole('region', { name });
/** A result in a section, by the scheme's link text (acronym or French name). */
const result = (container: HTMLElement, name: RegExp) =>
  within(container).getByRole('link', { name }).closest('li') as HTMLElement;
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
    expect(says(epide, 'Who it is for')).toBe('17–25; no diploma');
    expect(says(epide, 'Why')).toBe('age 17');
    expect(says(epide, 'To check')).toBe('no diploma');
    const mission = result(matches, /Mission locale/);
    expect(says(mission, 'Particularly relevant')).toBe(
      'dropped out of school, not in employment, education or training, and under the training obligation (16–17)',
    );
    const cej = result(matches, /CEJ/);
    expect(says(cej, 'Why')).toBe('age 17; not in employment, education or training; dropped out of school');
    expect(screen.getByRole('status')).toHaveTextContent(
      /^\d+ schemes fit \(\d+ of them to check\); \d+ near misses?;/,
    );
    expect(screen.getByTestId('search')).toHaveTextContent('?age=17&school=dropped-out');

    // Saying "no diploma" turns EPIDE into a full match.
    await user.click(screen.getByRole('radio', { name: 'No diploma (or the brevet only)' }));
    expect(within(result(section('Schemes that fit'), /EPIDE/)).getByRole('heading')).not.toHaveTextContent('To check');
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
    expect(says(result(reminding, /Rappel à l'ordre/), 'Why')).toBe('age 15; a first offence');
    expect(
      within(section('Schemes that fit')).queryByRole('link', { name: /Rappel à l'ordre/ }),
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
    expect(says(result(section('Schemes that fit'), /TAPAJ/), 'Why')).toBe('age 19; a vulnerable situation');
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
      screen.getByRole('heading', { level: 1, name: 'Quel dispositif ? Aide à l’orientation' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'En décrochage scolaire' })).toBeChecked();
    const near = await screen.findByRole('region', { name: 'Presque éligible' });
    expect(result(near, /EPIDE/)).toHaveTextContent('à partir de 17 ans — a 16 ans');
    expect(screen.getByRole('status')).toHaveTextContent(/dispositifs correspondent/);
  });
});
