// @vitest-environment node
/**
 * The layer rules of eslint.config.js must really refuse what they name. Each file of tests/lint-fixtures/ holds
 * one import and says where to lint it (`lint-as:`) and which rule must refuse it (`expect:`, or `none` for the
 * controls). A resolver that silently resolves nothing once let every boundary pass (an import that resolves to
 * nothing matches no zone): this test fails then, because the forbidden imports come back clean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixturesDir = path.join(root, 'tests', 'lint-fixtures');

interface Fixture {
  file: string;
  lintAs: string;
  expected: string | null;
  code: string;
}

function readFixture(file: string): Fixture {
  const code = readFileSync(path.join(fixturesDir, file), 'utf8');
  const lintAs = /^\/\/ lint-as: (\S+)$/m.exec(code)?.[1];
  const expected = /^\/\/ expect: (\S+)$/m.exec(code)?.[1];
  if (!lintAs || !expected) throw new Error(`${file}: needs "// lint-as: <path>" and "// expect: <rule|none>"`);
  return { file, lintAs, expected: expected === 'none' ? null : expected, code };
}

const fixtures = readdirSync(fixturesDir)
  .filter((file) => /\.tsx?$/.test(file))
  .sort()
  .map(readFixture);

// One ESLint for all fixtures: loading the config and its plugins is the slow part.
const eslint = new ESLint({ cwd: root });

describe('architecture lint rules ([eslint.config.js], issues #14 and #17)', () => {
  it('has a fixture for every layer rule, and controls that must pass', () => {
    const refused = fixtures.filter((fixture) => fixture.expected !== null);
    expect(refused.length).toBeGreaterThanOrEqual(12);
    expect(fixtures.some((fixture) => fixture.expected === null)).toBe(true);
  });

  it.each(fixtures.map((fixture) => [fixture.file, fixture] as const))('%s', async (_file, fixture) => {
    const [result] = await eslint.lintText(fixture.code, { filePath: path.join(root, fixture.lintAs) });
    const problems = (result?.messages ?? []).map((message) => `${message.ruleId ?? 'fatal'}: ${message.message}`);
    if (fixture.expected === null) {
      expect(problems).toEqual([]);
    } else {
      // Exactly the one forbidden import, refused by the named rule (and nothing else wrong with the file).
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${fixture.expected.replace(/[/-]/g, '\\$&')}: `));
      expect(result?.messages[0]?.line).toBe(4);
    }
  });
});
