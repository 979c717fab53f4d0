import { describe, expect, it } from 'vitest';
import { analyze, foldWord, stem, tokenize } from './analyze';

describe('analysis', () => {
  it('folds case, accents and ligatures', () => {
    expect(foldWord('DÉFAUCHER')).toBe('defaucher');
    expect(foldWord('Défaucher')).toBe(foldWord('defaucher'));
    expect(foldWord('Œuvre')).toBe('oeuvre');
    expect(foldWord('Ville-Vie-Vacances'.normalize('NFD'))).toBe('ville-vie-vacances');
  });

  it('drops French elisions, with straight or curly apostrophes', () => {
    expect(analyze("l'école")).toEqual(['ecole']);
    expect(analyze('l’école')).toEqual(['ecole']);
    expect(analyze("qu'il d'été j'ai n'est s'il c'est")).toEqual(['ete', 'ai']);
    // An English possessive is not an elision: the word before it stays.
    expect(analyze("lookout's cry")).toEqual(['lookout', 'cry']);
  });

  it('keeps offsets in the original text, even for decomposed accents', () => {
    const text = 'Se défaucher, vite';
    const tokens = tokenize(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Se', 'défaucher', 'vite']);
    const decomposed = 'école'.normalize('NFD');
    expect(tokenize(decomposed)).toEqual([{ term: 'ecole', start: 0, end: decomposed.length }]);
  });

  it('skips glue words and stray letters but keeps numbers', () => {
    expect(analyze('École de la deuxième chance')).toEqual(['ecole', 'deuxieme', 'chance']);
    expect(analyze('aged 16 to 25, a minor')).toEqual(['aged', '16', '25', 'minor']);
  });

  it('folds plurals so singular and plural meet', () => {
    expect(stem('nourrices')).toBe('nourrice');
    expect(stem('families')).toBe('family');
    expect(stem('jeux')).toBe('jeu');
    expect(stem('journaux')).toBe('journal');
    expect(stem('process')).toBe('process');
    expect(stem('bus')).toBe('bus');
    expect(stem('2024')).toBe('2024');
  });

  it('makes French phrases meet across elision, accents and plurals (issue #7)', () => {
    expect(analyze('Chantiers éducatifs')).toEqual(analyze('chantier educatif'));
    expect(analyze('les dispositifs locaux')).toEqual(analyze('dispositif local'));
    expect(analyze('l’Établissement pour l’insertion dans l’emploi')).toEqual(
      analyze('etablissement insertion emploi'),
    );
    expect(analyze("jusqu'à l'âge de 25 ans, lorsqu’il décroche")).toEqual(['age', '25', 'ans', 'decroche']);
    expect(analyze('Points de deal')).toEqual(analyze('point de deal'));
  });
});
