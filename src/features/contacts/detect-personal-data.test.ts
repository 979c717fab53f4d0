import { describe, expect, it } from 'vitest';
import { detectPersonalData, type PersonalDataKind } from './detect-personal-data';

// Every fixture is obviously fake: 06 00 00 00 00, example.org, "Jean Exemple".
const NOW = new Date(2026, 0, 15);

describe('detectPersonalData', () => {
  it.each<[string, PersonalDataKind[]]>([
    // Phone numbers (French formats)
    ['06 00 00 00 00', ['phone']],
    ['appeler le 0600000000 demain', ['phone']],
    ['06.00.00.00.00', ['phone']],
    ['06-00-00-00-00', ['phone']],
    ['+33 6 00 00 00 00', ['phone']],
    ['+33600000000', ['phone']],
    ['0033 6 00 00 00 00', ['phone']],
    ['+33 (0)6 00 00 00 00', ['phone']],
    ['01 00 00 00 00', ['phone']],
    // E-mail addresses
    ['jean.exemple@example.org', ['email']],
    ['écrire à exemple+test@example.fr svp', ['email']],
    // Dates of birth
    ['né le 01/01/2010', ['birthDate']],
    ['née le 3 mars 2011', ['birthDate']],
    ['Nee le 3 mars', ['birthDate']],
    ['né(e) le 01/02/2012', ['birthDate']],
    ['born on 1 January 2010', ['birthDate']],
    ['date de naissance : inconnue', ['birthDate']],
    ['01/01/2010', ['birthDate']],
    ['01.01.2009', ['birthDate']],
    // Full names
    ['Vu Jean Exemple au parc', ['name']],
    ['Discussion avec Jean EXEMPLE devant le hall', ['name']],
    ['Mme Exemple est passée', ['name']],
    ['échange avec M. Exemple', ['name']],
    ['Monsieur Exemple, le père', ['name']],
    ['Madame Exemple', ['name']],
    ['groupe. Puis vu Jean Exemple', ['name']],
    // Several at once, in a fixed order
    ['Jean Exemple ou plutôt vu Jean Exemple, 06 00 00 00 00, jean.exemple@example.org', ['phone', 'email', 'name']],
  ])('%s → %j', (text, expected) => {
    expect(detectPersonalData(text, NOW)).toEqual(expected);
  });

  it.each([
    '',
    '   ',
    'Groupe de 5 jeunes devant le hall B, 2 filles',
    'Vu trois jeunes vers 22h, ambiance calme',
    // A sentence's first word is capitalised anyway
    'Karim est venu seul',
    'Passage. Jean est reparti',
    // Places and institutions
    'Parc Monceau',
    'au Parc Monceau, puis Place Jean Exemple',
    'orienté vers la Mission Locale et France Travail',
    'rue Victor Exemple',
    // Dates that are not a birth date
    'rdv le 12/03/2026 à la mission locale',
    'suivi prévu 01/02/2025',
    // Numbers that are not phone numbers
    '12 jeunes, 3 groupes, 2026',
    'code 0600000000000',
    // "ne le" is a negation, not "né le"
    'il ne le fait plus',
    "l'aîné le surveille",
  ])('nothing in %j', (text) => {
    expect(detectPersonalData(text, NOW)).toEqual([]);
  });
});
