/**
 * Parser for the content pack's inline markup (see src/content/schema.ts): **bold**, *italic*,
 * [label](https://…), [label](guide:id | term:id | scheme:id | checklist:id) and [^n] footnote references.
 * Produces a flat token tree the UI renders with React elements — never HTML strings, so content can't
 * inject markup and the CSP stays strict.
 */

export type InternalKind = 'guide' | 'term' | 'scheme' | 'checklist';

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'em'; children: InlineNode[] }
  | { type: 'link'; href: string; children: InlineNode[] }
  | { type: 'ref'; kind: InternalKind; id: string; children: InlineNode[] }
  | { type: 'footnote'; number: number };

const INTERNAL = /^(guide|term|scheme|checklist):([a-z0-9-]+)$/;
const EXTERNAL = /^(https?:\/\/|mailto:)/;

/** Index of the `]` closing the `[` at `open`, honouring nesting; -1 if none. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

export function parseInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) nodes.push({ type: 'text', text: buffer });
    buffer = '';
  };

  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const footnote = /^\[\^(\d+)\]/.exec(rest);
    if (footnote) {
      flush();
      nodes.push({ type: 'footnote', number: Number(footnote[1]) });
      i += footnote[0].length;
      continue;
    }
    if (text[i] === '[') {
      const close = closingBracket(text, i);
      const target = close > 0 && text[close + 1] === '(' ? /^\(([^)\s]+)\)/.exec(text.slice(close + 1)) : null;
      if (target?.[1]) {
        const children = parseInline(text.slice(i + 1, close));
        const internal = INTERNAL.exec(target[1]);
        if (internal?.[1] && internal[2]) {
          flush();
          nodes.push({ type: 'ref', kind: internal[1] as InternalKind, id: internal[2], children });
          i = close + 1 + target[0].length;
          continue;
        }
        if (EXTERNAL.test(target[1])) {
          flush();
          nodes.push({ type: 'link', href: target[1], children });
          i = close + 1 + target[0].length;
          continue;
        }
      }
    }
    const strong = rest.startsWith('**') ? rest.indexOf('**', 2) : -1;
    if (strong > 2) {
      flush();
      nodes.push({ type: 'strong', children: parseInline(rest.slice(2, strong)) });
      i += strong + 2;
      continue;
    }
    // A single * opens emphasis only before a non-space, so "5 * 3" and stray asterisks stay text.
    if (text[i] === '*' && rest[1] !== '*' && rest[1] !== ' ') {
      const end = rest.indexOf('*', 1);
      if (end > 1 && rest[end - 1] !== ' ') {
        flush();
        nodes.push({ type: 'em', children: parseInline(rest.slice(1, end)) });
        i += end + 1;
        continue;
      }
    }
    buffer += text[i];
    i++;
  }
  flush();
  return nodes;
}

/** The plain text of inline markup (for titles, search snippets, document.title, aria labels). */
export function inlineToPlainText(text: string): string {
  const walk = (nodes: InlineNode[]): string =>
    nodes
      .map((node) => {
        switch (node.type) {
          case 'text':
            return node.text;
          case 'footnote':
            return '';
          default:
            return walk(node.children);
        }
      })
      .join('');
  return walk(parseInline(text));
}
