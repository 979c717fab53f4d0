import { describe, expect, it } from 'vitest';
import { dialString, isEmailAddress, isMapUrl, mailtoHref, mapHref, telHref } from './contact-links';

describe('phone numbers ([S71])', () => {
  it.each([
    ['01 23 45 67 89', '+33123456789'],
    ['0123456789', '+33123456789'],
    ['01.23.45.67.89', '+33123456789'],
    ['01-23-45-67-89', '+33123456789'],
    ['06 12 34 56 78', '+33612345678'],
    ['0 800 123 456', '+33800123456'],
    ['0262 12 34 56', '+33262123456'],
    ['+33 1 23 45 67 89', '+33123456789'],
    ['+33 (0)1 23 45 67 89', '+33123456789'],
    ['+33123456789', '+33123456789'],
    ['0033 1 23 45 67 89', '+33123456789'],
    ['01\u00a023\u00a045\u00a067\u00a089', '+33123456789'],
    ['01\u202f23\u202f45\u202f67\u202f89', '+33123456789'],
    ['+32 2 555 01 01', '+3225550101'],
    ['+262 262 12 34 56', '+262262123456'],
    ['115', '115'],
    ['119', '119'],
    ['17', '17'],
    ['3919', '3919'],
    ['116 000', '116000'],
  ])('%j is a phone number, dialled as %s', (phone, dial) => {
    expect(dialString(phone)).toBe(dial);
    expect(telHref(phone)).toBe(`tel:${dial}`);
  });

  it.each([
    '',
    'phone',
    '01 23 45 67',
    '01 23 45 67 89 10',
    '00 33 1 23 45 67',
    '1234567890',
    '+33 0 1 23 45 67 89',
    '+33 1 23 45 67',
    '+33 1 23 45 67 89 0',
    '+0 123 456 789',
    '+1234',
    '+1 234 567 890 123 456 7',
    '01 23 45 67 89 ext 2',
    '01+23456789',
    '5',
    '12',
    '10',
    '113',
    '999',
    `0${'1'.repeat(45)}`,
  ])('%j is not a phone number', (phone) => {
    expect(dialString(phone)).toBeNull();
    expect(telHref(phone)).toBeNull();
  });
});

describe('e-mail addresses ([S71])', () => {
  it.each([
    'contact@ml-nord.fr',
    'Accueil.Jeunes@mission-locale.fr',
    'prenom.nom+tag@example.org',
    'x@sub.domain.example.com',
    'info@mairie-évry.fr',
    "o'brien@example.ie",
  ])('%j is an address', (email) => {
    expect(isEmailAddress(email)).toBe(true);
    expect(mailtoHref(email)).toBe(`mailto:${email}`);
  });

  it.each([
    '',
    'contact',
    'contact@',
    '@ml-nord.fr',
    'contact@ml-nord',
    'contact@ml-nord.',
    'contact@@ml-nord.fr',
    'con tact@ml-nord.fr',
    '.contact@ml-nord.fr',
    'contact.@ml-nord.fr',
    'con..tact@ml-nord.fr',
    'contact@-ml.fr',
    'contact@ml..fr',
    'contact@ml-nord.f',
    'contact@ml-nord.fr1',
    'contact@[192.168.0.1]',
    '"quoted"@example.com',
    'jérôme@example.fr',
    `${'a'.repeat(65)}@example.fr`,
    `a@${'b'.repeat(250)}.fr`,
    'a@b.fr, c@d.fr',
  ])('%j is not an address', (email) => {
    expect(isEmailAddress(email)).toBe(false);
    expect(mailtoHref(email)).toBeNull();
  });
});

describe('map links ([S71])', () => {
  it.each([
    ['https://www.openstreetmap.org/?mlat=48.85&mlon=2.35', true],
    ['https://maps.app.goo.gl/abc123', true],
    ['geo:48.8566,2.3522', true],
    ['geo:-21.1,55.5?z=15', true],
    ['http://example.org/map', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['geo:paris', false],
    ['www.openstreetmap.org', false],
    ['https://', false],
  ])('%j → %s', (url, ok) => {
    expect(isMapUrl(url)).toBe(ok);
  });

  it('uses the map link when there is one, else searches the address on OpenStreetMap, else nothing', () => {
    expect(mapHref({ mapUrl: 'geo:48.8566,2.3522', address: '1 rue X' })).toBe('geo:48.8566,2.3522');
    expect(mapHref({ address: '12 rue de la Paix\n75002 Paris' })).toBe(
      'https://www.openstreetmap.org/search?query=12%20rue%20de%20la%20Paix%2075002%20Paris',
    );
    expect(mapHref({})).toBeNull();
    expect(mapHref({ mapUrl: 'javascript:alert(1)' })).toBeNull();
  });
});
