/**
 * Line numbers for a JSON text, so an import can say "line 27: entries.3.phone: not a phone number" and, for a
 * syntax error, where it is (JSON.parse's messages differ between browsers and rarely give a line).
 *
 * A small scanner of RFC 8259 JSON that records the line where each value starts, by path. JSON.parse stays the
 * one that builds values; this only locates them.
 */
export type JsonPath = ReadonlyArray<string | number>;

export type JsonLines = { ok: true; lineOf: (path: JsonPath) => number } | { ok: false; line: number; message: string };

// RFC 8259 §7: raw control characters are not allowed inside a JSON string.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;
const MAX_DEPTH = 256;

class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function locateJsonLines(text: string): JsonLines {
  const lines = new Map<string, number>();
  let at = 0;
  let line = 1;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(line, message);
  };
  const skipSpace = () => {
    while (at < text.length) {
      const ch = text[at];
      if (ch === '\n') line++;
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r') return;
      at++;
    }
  };
  const match = (pattern: RegExp): string | null => {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (!found) return null;
    at += found[0].length;
    return found[0];
  };
  const expect = (ch: string, what: string) => {
    skipSpace();
    if (text[at] !== ch) fail(at >= text.length ? `unexpected end of file, expected ${what}` : `expected ${what}`);
    at++;
  };
  const readString = (): string => {
    const token = match(STRING);
    if (token === null) return fail('a text value is not closed or holds a raw line break or bad escape');
    return JSON.parse(token) as string;
  };

  const value = (path: (string | number)[], depth: number): void => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    skipSpace();
    lines.set(JSON.stringify(path), line);
    const ch = text[at];
    if (ch === '{') {
      at++;
      skipSpace();
      if (text[at] === '}') {
        at++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[at] !== '"') fail('expected a field name in double quotes');
        const key = readString();
        expect(':', '":" after a field name');
        value([...path, key], depth + 1);
        skipSpace();
        if (text[at] === ',') at++;
        else return expect('}', '"," or "}"');
      }
    }
    if (ch === '[') {
      at++;
      skipSpace();
      if (text[at] === ']') {
        at++;
        return;
      }
      for (let index = 0; ; index++) {
        value([...path, index], depth + 1);
        skipSpace();
        if (text[at] === ',') at++;
        else return expect(']', '"," or "]"');
      }
    }
    if (ch === '"') {
      readString();
      return;
    }
    if (match(NUMBER) === null && match(LITERAL) === null) {
      fail(at >= text.length ? 'unexpected end of file' : 'unexpected character');
    }
  };

  try {
    value([], 0);
    skipSpace();
    if (at < text.length) fail('unexpected text after the end of the JSON value');
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, line: error.line, message: error.message };
    throw error;
  }
  return {
    ok: true,
    lineOf(path) {
      // The deepest recorded ancestor: a missing field is reported on the line of its object.
      for (let length = path.length; length >= 0; length--) {
        const found = lines.get(JSON.stringify(path.slice(0, length)));
        if (found !== undefined) return found;
      }
      return 1;
    },
  };
}
