/**
 * What a passcode must be beyond its length (issue #13: `12345678` was accepted). The files of a phone allow
 * offline guessing (SECURITY.md, "Passcode strength"), so the passcodes guessed first are refused: too short,
 * too few different characters, digits only (a PIN) under 12 digits, a run like `abcdefgh` or `98765432`, a
 * keyboard row or a word everyone tries. Pure; counted in Unicode code points after NFC, as the vault does.
 */
import { MIN_PASSCODE_LENGTH } from './kdf';

export type PasscodeProblem = 'tooShort' | 'tooSimple';

const MIN_DISTINCT = 4;
const MIN_DIGITS_ONLY = 12;
const ROWS = ['azertyuiopqsdfghjklmwxcvbn', 'qwertyuiopasdfghjklzxcvbnm', 'qwertzuiopasdfghjklyxcvbnm', '1234567890'];
const COMMON = ['password', 'motdepasse', 'soleil', 'bonjour', 'azerty', 'qwerty', 'iloveyou', 'jetaime'];

function isRun(chars: string[]): boolean {
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  return Math.abs(step) === 1 && codes.every((code, i) => i === 0 || code - (codes[i - 1] ?? 0) === step);
}

export function passcodeProblem(passcode: string): PasscodeProblem | undefined {
  const chars = [...passcode.normalize('NFC')];
  if (chars.length < MIN_PASSCODE_LENGTH) return 'tooShort';
  const lower = chars.join('').toLowerCase();
  if (new Set(chars).size < MIN_DISTINCT) return 'tooSimple';
  if (/^\d+$/.test(lower) && chars.length < MIN_DIGITS_ONLY) return 'tooSimple';
  if (isRun(chars)) return 'tooSimple';
  if (ROWS.some((row) => row.includes(lower) || [...row].reverse().join('').includes(lower))) return 'tooSimple';
  const letters = lower.replace(/[^a-z]/g, '');
  if (COMMON.some((word) => letters === word || lower.replace(/[\d\W_]+$/, '') === word)) return 'tooSimple';
  return undefined;
}
