/**
 * Phone numbers, e-mail addresses and map links of directory entries (docs/SPEC.md [S71]): lenient about how
 * people type them (spaces, dots, dashes, `+33 (0)1…`), strict about what they mean, and turned into the
 * `tel:`, `mailto:` and map links the app opens with one tap. Pure functions, shared by the app and the server.
 */

/** What may appear in a typed phone number: digits, one leading +, and the usual separators. */
const PHONE_CHARS = /^\+?[0-9\s.\-()/]+$/;
/** French numbers after the country code: 9 digits, not starting with 0. */
const FRANCE_INTERNATIONAL = /^\+33[1-9][0-9]{8}$/;
/** E.164: + then at most 15 digits; 7 at least, which every country's numbers have. */
const E164 = /^\+[1-9][0-9]{6,14}$/;
/** French national form: 0 then 9 digits (01…09, overseas 0262, 0590…, 0800 free numbers). */
const FRANCE_NATIONAL = /^0[1-9][0-9]{8}$/;
/**
 * French short numbers: emergency and social ones (15, 17, 18, 112, 114, 115, 119, 191, 196, 197), 116 xxx
 * helplines (116 000, 116 111…) and 3xxx services (3919, 3020…).
 */
const FRANCE_SHORT = /^(?:1[578]|11[2459]|19[167]|116[0-9]{3}|3[0-9]{3})$/;

export const MAX_PHONE_LENGTH = 40;

/**
 * The number to dial for a typed phone number, or null when it is not one: `+33123456789` for
 * `01 23 45 67 89`, `+33 (0)1 23 45 67 89` or `0033 1 23 45 67 89`; `+3225550101` for a foreign number in
 * international form; `3919` for a short number.
 */
export function dialString(phone: string): string | null {
  if (phone.length > MAX_PHONE_LENGTH || !PHONE_CHARS.test(phone)) return null;
  // "+33 (0)1 …" is a common way of writing the trunk 0 that callers from abroad must drop.
  let digits = phone.replace(/\(0\)/g, '').replace(/[\s.\-()/]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('+')) {
    if (digits.startsWith('+33')) return FRANCE_INTERNATIONAL.test(digits) ? digits : null;
    return E164.test(digits) ? digits : null;
  }
  if (FRANCE_NATIONAL.test(digits)) return `+33${digits.slice(1)}`;
  return FRANCE_SHORT.test(digits) ? digits : null;
}

export function isPhoneNumber(phone: string): boolean {
  return dialString(phone) !== null;
}

/** `tel:` link of a valid phone number (international form, so it also works on a phone roaming abroad). */
export function telHref(phone: string): string | null {
  const dial = dialString(phone);
  return dial === null ? null : `tel:${dial}`;
}

export const MAX_EMAIL_LENGTH = 254;

/**
 * An address people really use: an ASCII local part without leading, trailing or doubled dots (RFC 5322
 * dot-atom), then a domain of letter/digit labels (accented letters allowed: internationalised domains) with a
 * top-level domain of letters. Quoted local parts and IP-literal domains are refused: nobody publishes those.
 */
const EMAIL =
  /^(?!\.)(?!.*\.\.)[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}(?<!\.)@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$/u;

export function isEmailAddress(email: string): boolean {
  return email.length <= MAX_EMAIL_LENGTH && EMAIL.test(email);
}

export function mailtoHref(email: string): string | null {
  return isEmailAddress(email) ? `mailto:${email}` : null;
}

/** Map links: web pages (OpenStreetMap, a maps app's share link) or a `geo:` URI that phones open in their map app. */
export function isMapUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return url.hostname !== '';
  return url.protocol === 'geo:' && /^geo:-?[0-9]+(?:\.[0-9]+)?,-?[0-9]+(?:\.[0-9]+)?/.test(value);
}

/** The entry's map link, or an OpenStreetMap search for its address when it has none. */
export function mapHref(entry: { mapUrl?: string | undefined; address?: string | undefined }): string | null {
  if (entry.mapUrl !== undefined && isMapUrl(entry.mapUrl)) return entry.mapUrl;
  if (entry.address === undefined || entry.address.trim() === '') return null;
  const query = entry.address.replace(/\s+/g, ' ').trim();
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}
