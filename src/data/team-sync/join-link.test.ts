import { describe, expect, it } from 'vitest';
import { normalizeServerUrl, parseJoinInput } from './join-link';

const TOKEN = `lt_${'a1B2-_'.repeat(7)}x`;
const INVITE = `li_${'a1B2-_'.repeat(3)}xyzz`;
const APP = 'https://terrain.example.org';

describe('parseJoinInput ([S9], [S46], [S94])', () => {
  it.each([
    ['an invite link', `${APP}/join#invite=${INVITE}`, APP],
    [
      'an invite link to another server',
      `https://other.example.org/join#invite=${INVITE}`,
      'https://other.example.org',
    ],
    ['the bare invite code', INVITE, APP],
    ['invite=…', `invite=${INVITE}`, APP],
  ])('[S94] reads %s', (_what, input, serverUrl) => {
    expect(parseJoinInput(input, APP)).toEqual({ ok: true, code: { kind: 'invite', invite: INVITE }, serverUrl });
    expect(parseJoinInput(input, APP, true)).toEqual({ ok: true, code: { kind: 'invite', invite: INVITE }, serverUrl });
  });

  it('[S94] refuses a long-lived token in the address bar, reads it when pasted', () => {
    expect(parseJoinInput(`#token=${TOKEN}`, APP, true)).toEqual({ ok: false, key: 'join.invalid.tokenInLink' });
    expect(parseJoinInput(`#token=${TOKEN}`, APP)).toMatchObject({ ok: true, code: { kind: 'token' } });
  });

  it.each([
    ['a full join link', `${APP}/join#token=${TOKEN}`, APP],
    ['a link to another server', `https://other.example.org/join#token=${TOKEN}`, 'https://other.example.org'],
    [
      'a link with an explicit server',
      `${APP}/join#token=${TOKEN}&server=https://api.example.org/x`,
      'https://api.example.org',
    ],
    ['the fragment only', `#token=${TOKEN}`, APP],
    ['token=…', `token=${TOKEN}`, APP],
    ['the bare code', TOKEN, APP],
    ['a link broken over two lines', `${APP}/join#token=${TOKEN.slice(0, 20)}\n${TOKEN.slice(20)}`, APP],
    ['a local test server over http', `http://127.0.0.1:8080/join#token=${TOKEN}`, 'http://127.0.0.1:8080'],
  ])('reads %s', (_what, input, serverUrl) => {
    expect(parseJoinInput(input, APP)).toEqual({ ok: true, code: { kind: 'token', token: TOKEN }, serverUrl });
  });

  it.each([
    ['nothing', '  ', 'join.invalid.empty'],
    ['a random word', 'hello', 'join.invalid.token'],
    ['a link without a token', `${APP}/join#server=${APP}`, 'join.invalid.token'],
    ['a truncated token', 'lt_abc', 'join.invalid.token'],
    [
      'a plain-http server elsewhere',
      `${APP}/join#token=${TOKEN}&server=http://evil.example.com`,
      'join.invalid.server',
    ],
    ['a javascript: server', `#token=${TOKEN}&server=javascript:alert(1)`, 'join.invalid.server'],
    ['a link that is not a URL', `not a url#token=${TOKEN}`, 'join.invalid.server'],
  ])('refuses %s', (_what, input, key) => {
    expect(parseJoinInput(input, APP)).toEqual({ ok: false, key });
  });
});

describe('normalizeServerUrl', () => {
  it.each([
    ['https://a.example.org/', APP, 'https://a.example.org'],
    ['https://a.example.org:8443/some/path?q=1', APP, 'https://a.example.org:8443'],
    ['http://localhost:5173', APP, 'http://localhost:5173'],
    ['http://192.168.1.10:8080', 'http://192.168.1.10:8080', 'http://192.168.1.10:8080'],
    ['http://192.168.1.10:8080', APP, undefined],
    ['https://user:pw@a.example.org', APP, undefined],
    ['ftp://a.example.org', APP, undefined],
  ])('%s (app at %s) → %s', (raw, app, expected) => {
    expect(normalizeServerUrl(raw, app)).toBe(expected);
  });
});
