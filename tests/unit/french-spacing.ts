/**
 * French spacing, one rule for the interface strings (tests/unit/french-typography.test.ts) and the guide's
 * content (src/content/french-content.test.ts): a plain space lets a line break before the sign, and at 360 px
 * the home page's lead put « : » at the start of a line. French sets a no-break space there (U+00A0 before :,
 * the narrow U+202F before ; ! ? and inside « »).
 */
export function frenchSpacingProblem(text: string): string | null {
  if (/ [:;!?»]/.test(text)) return 'plain space before : ; ! ? or » (use a no-break space)';
  if (/« /.test(text)) return 'plain space after « (use a no-break space)';
  return null;
}
