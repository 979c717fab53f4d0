import { describe, expect, it } from 'vitest';
import { passcodeProblem } from './passcode-rule';

describe('passcodeProblem (issue #13)', () => {
  it.each([
    ['1234567', 'tooShort'],
    ['12345678', 'tooSimple'],
    ['20250314', 'tooSimple'],
    ['11111111', 'tooSimple'],
    ['abababab', 'tooSimple'],
    ['abcdefgh', 'tooSimple'],
    ['98765432', 'tooSimple'],
    ['azertyuiop', 'tooSimple'],
    ['qsdfghjk', 'tooSimple'],
    ['Password1', 'tooSimple'],
    ['motdepasse!', 'tooSimple'],
    ['quatre mots dans le vent', undefined],
    ['123456789012', undefined],
    ['vélo rouge 7', undefined],
    ['Tr0ub4dor&3', undefined],
  ])('%j → %s', (passcode, problem) => {
    expect(passcodeProblem(passcode)).toBe(problem);
  });
});
