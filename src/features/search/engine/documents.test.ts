import { describe, expect, it } from 'vitest';
import { testContentPack } from '../../../../tests/unit/test-content';
import { buildSearchDocuments } from './documents';

const pack = testContentPack();
const docs = buildSearchDocuments(pack);
const byId = new Map(docs.map((doc) => [doc.id, doc]));

describe('buildSearchDocuments', () => {
  it('makes one document per term, scheme, section, example, callout, checklist and Table 1 factor', () => {
    const count = (kind: string) => docs.filter((doc) => doc.kind === kind).length;
    expect(count('term')).toBe(pack.vocabulary.length);
    expect(count('scheme')).toBe(pack.schemes.length);
    expect(count('checklist')).toBe(pack.checklists.length);
    expect(count('table')).toBe(pack.table1.factors.length);
    const nested = JSON.stringify(pack.guide.sections).match(/"type":"(example|callout)"/g)?.length ?? 0;
    expect(count('section')).toBe(pack.guide.sections.length + nested);
    expect(new Set(docs.map((doc) => doc.id)).size).toBe(docs.length);
  });

  it('gives each document the URL of the exact place to open', () => {
    expect(byId.get('term:nourrice')?.url).toBe('/vocabulary/nourrice');
    expect(byId.get('scheme:cej')?.url).toBe('/schemes/cej');
    expect(byId.get('section:2-4-2')?.url).toBe('/guide/2-4-2');
    expect(byId.get('section:2-1-1#example-lille-forum-theatre')?.url).toBe('/guide/2-1-1#example-lille-forum-theatre');
    expect(byId.get('section:1-4#callout-1')?.url).toBe('/guide/1-4#callout-1');
    expect(byId.get('checklist:rao-procedure')?.url).toBe('/checklists/rao-procedure');
    expect(byId.get('table:minor-money')?.url).toBe('/table-1#factor-minor-money');
  });

  it('indexes terms with their variants, gloss and definition, as plain text', () => {
    const guetteur = byId.get('term:guetteur');
    expect(guetteur?.title).toBe('Guetteur / chouf');
    expect(guetteur?.fields.terms).toEqual(['Guetteur', 'chouf']);
    expect(guetteur?.fields.gloss).toEqual(['Lookout']);
    expect(guetteur?.fields.variants).toContain('faire le chouf');
    const markup = /\*\*|\]\(|\[\^/;
    for (const doc of docs)
      for (const values of Object.values(doc.fields)) for (const v of values) expect(v).not.toMatch(markup);
  });

  it('gives schemes their names, acronym and age range', () => {
    const epide = byId.get('scheme:epide');
    expect(epide?.title).toBe('EPIDE – Établissement pour l’insertion dans l’emploi');
    expect(epide?.fields.acronym).toEqual(['EPIDE']);
    expect(epide?.fields.nameEn).toEqual(['Employment integration establishments']);
    expect(epide?.ages).toEqual([17, 25]);
  });

  it('keeps an example out of its section and in its own document', () => {
    const section = JSON.stringify(byId.get('section:2-1-1')?.fields);
    const example = byId.get('section:2-1-1#example-lille-forum-theatre');
    expect(example?.fields.title).toEqual(['Forum theatre to tackle the issue of drug trafficking']);
    expect(example?.fields.context).toContain('Lille');
    expect(JSON.stringify(example?.fields.body)).toContain('intervention theatre');
    expect(section).not.toContain('intervention theatre');
  });

  it('indexes referral checklists by their own steps, not the template every one of them shares', () => {
    const cej = JSON.stringify(byId.get('checklist:referral-cej')?.fields.steps);
    expect(cej).toContain('France Travail');
    expect(cej).not.toContain('Professional secrecy applies');
    expect(JSON.stringify(byId.get('checklist:parent-support')?.fields.steps)).toBeTruthy();
  });
});
