import { describe, expect, it } from 'vitest';
import { foldWord } from './analyze';
import { phoneticKey } from './phonetic';

const key = (word: string) => phoneticKey(foldWord(word));

describe('phoneticKey', () => {
  it.each([
    ['nourisse', 'nourrice'],
    ['nourrices', 'nourrice'],
    ['chouffe', 'chouf'],
    ['charboneur', 'charbonneur'],
    ['guéteur', 'guetteur'],
    ['jambisassion', 'jambisation'],
    ['défoché', 'défaucher'],
    ['ravitayeur', 'ravitailleur'],
    ['sakoche', 'sacoche'],
    ['basculman', 'basculement'],
    ['risk', 'risque'],
    ['polisse', 'police'],
    ['bicrav', 'bicrave'],
  ])('gives %s the sound of %s', (typed, written) => {
    expect(key(typed)).not.toBe('');
    expect(key(typed)).toBe(key(written));
  });

  it.each([
    ['guerre', 'jerre'],
    ['garçon', 'jarçon'],
    ['charbonneur', 'charbonner'],
    ['enfant', 'enfin'],
    ['parent', 'parrain'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it('gives no key to numbers and words too short to sound like anything', () => {
    expect(key('16')).toBe('');
    expect(key('2e')).toBe('');
    expect(key('rao')).toBe('');
  });
});
