import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../../tests/unit/test-content';
import { buildIndex, buildSearchDocuments, search, suggest } from './index';

const index = buildIndex(buildSearchDocuments(testContentPack()));
const ids = (query: string, limit = 3) => search(index, query, { limit }).map((result) => result.id);
const first = (query: string) => ids(query, 1)[0];

describe('search', () => {
  it('ignores case and accents', () => {
    expect(first('défaucher')).toBe('term:defaucher');
    expect(ids('defaucher', 10)).toEqual(ids('défaucher', 10));
    expect(ids('DÉFAUCHER', 10)).toEqual(ids('défaucher', 10));
  });

  it('drops elisions and glue words', () => {
    expect(first("rappel à l'ordre")).toBe('scheme:rao');
    expect(ids("l'école de la deuxième chance")).toEqual(ids('ecole deuxieme chance'));
  });

  it('matches the word being typed as a prefix, but not once a space ends it', () => {
    expect(first('nour')).toBe('term:nourrice');
    expect(first('jambi')).toBe('term:jambisation');
    expect(ids('jambi ', 10)).not.toContain('term:jambisation');
  });

  it('tolerates one typo from 4 letters, two from 8, none below 4', () => {
    expect(first('chuf')).toBe('term:guetteur');
    expect(first('charboneur')).toBe('term:charbonneur');
    expect(first('ravitailleurr')).toBe('term:transporteur');
    expect(first('nourrcie')).toBe('term:nourrice');
    // Two edits on a 7-letter word is beyond the budget (unless it sounds the same: see the phonetic test).
    expect(ids('nouzice')).toEqual([]);
    // "rao" with a typo is another word, not a typo.
    expect(ids('rai', 10)).not.toContain('scheme:rao');
  });

  it('ranks the entry named by the query above passing mentions', () => {
    const results = ids('nourrice', 10);
    expect(results[0]).toBe('term:nourrice');
    expect(results.indexOf('section:appendix-2')).toBeGreaterThan(0);
    expect(first('CEJ')).toBe('scheme:cej');
    expect(ids('cej')).toContain('checklist:referral-cej');
  });

  it('reaches French terms from English glosses and schemes from French names', () => {
    expect(first('lookout')).toBe('term:guetteur');
    expect(first('stash keeper')).toBe('term:nourrice');
    expect(first('banker')).toBe('term:banquier');
    expect(first('école de la deuxième chance')).toBe('scheme:e2c');
    expect(first('espaces dynamiques d’insertion')).toBe('scheme:edi');
  });

  it('applies the curated synonyms both ways', () => {
    expect(first('boarding')).toBe('scheme:epide');
    expect(first('internat')).toBe('scheme:epide');
    expect(first('daily pay')).toBe('scheme:tapaj');
    expect(first('mayor warning')).toBe('scheme:rao');
    expect(first("job d'été")).toBe('term:contrats-ete');
    expect(first('summer job')).toBe('term:contrats-ete');
  });

  it('uses numbers as ages for schemes', () => {
    const sixteen = ids('16 ans décroché', 5);
    expect(sixteen[0]).toBe('scheme:mlds');
    expect(sixteen).toEqual(expect.arrayContaining(['scheme:mission-locale', 'section:2-4-2']));
    // EPIDE takes 17-year-olds; the relay schemes' boarding schools stop at 16.
    expect(first('17 ans internat')).toBe('scheme:epide');
    expect(ids('16 ans internat', 10).indexOf('scheme:dispositifs-relais')).toBeLessThan(
      ids('17 ans internat', 10).indexOf('scheme:dispositifs-relais'),
    );
  });

  it('returns nothing for an empty query and honours the limit', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, "l'")).toEqual([]);
    expect(search(index, 'young people', { limit: 4 })).toHaveLength(4);
  });

  it('returns what the UI needs for each result', () => {
    const [result] = search(index, 'forum theatre');
    expect(result).toMatchObject({
      id: 'section:2-1-1#example-lille-forum-theatre',
      kind: 'section',
      title: 'Forum theatre to tackle the issue of drug trafficking',
      url: '/guide/2-1-1#example-lille-forum-theatre',
    });
    expect(result?.score).toBeGreaterThan(0);
  });
});

describe('snippet', () => {
  it('cuts about 160 characters around the matched words and marks them', () => {
    for (const query of ['intervention theatre', 'professional secrecy', 'boarding', 'training obligation']) {
      for (const { snippet } of search(index, query, { limit: 5 })) {
        expect(snippet.text.length).toBeLessThanOrEqual(162);
        for (const [start, end] of snippet.highlights) {
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(snippet.text.length);
          expect(end).toBeGreaterThan(start);
        }
      }
    }
  });

  it('highlights the words that matched, including folded, stemmed, fuzzy and translated ones', () => {
    const marked = (query: string, id: string) => {
      const result = search(index, query, { limit: 20 }).find((r) => r.id === id);
      return result?.snippet.highlights.map(([start, end]) => result.snippet.text.slice(start, end).toLowerCase());
    };
    expect(marked('boarding', 'scheme:epide')).toContain('boarding');
    expect(marked('ravitailleurr', 'section:appendix-2')).toContain('ravitailleur');
    expect(marked('lookouts', 'term:guetteur')).toContain('lookout');
    expect(marked('décrochage scolaire', 'scheme:mlds')).toEqual(expect.arrayContaining(['drop', 'out']));
  });

  it('shows the passage that matched, not the start of the section', () => {
    const [result] = search(index, 'flora tristan');
    expect(result?.snippet.text).toMatch(/Flora Tristan/);
    expect(result?.snippet.highlights.length).toBeGreaterThanOrEqual(2);
  });

  it('marks the matched words in the title too, for a term found by a headword the snippet leaves out', () => {
    const titleMarks = (query: string) => {
      const [result] = search(index, query);
      return result?.titleHighlights.map(([start, end]) => result.title.slice(start, end));
    };
    expect(titleMarks('chuf')).toEqual(['chouf']);
    expect(titleMarks('nour')).toEqual(['Nourrice']);
    expect(titleMarks('E2C')).toEqual(['E2C']);
  });

  it('explains a term found by its headword with its gloss and definition', () => {
    const [result] = search(index, 'nour');
    expect(result?.snippet.text.startsWith('Stash keeper — A person responsible for storing drugs')).toBe(true);
  });
});

describe('suggest', () => {
  it('proposes close names when nothing matched', () => {
    expect(suggest(index, 'nourise')).toContain('Nourrice');
    expect(suggest(index, 'jambizassion')).toEqual(['Jambisation']);
    expect(suggest(index, 'tapage')).toContain('TAPAJ');
    expect(suggest(index, 'xyzzyq')).toEqual([]);
  });
});
