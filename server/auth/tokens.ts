import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefix of every bearer token: recognisable in a leaked paste and by secret scanners. */
export const TOKEN_PREFIX = 'lt_';
/** 32 random bytes (256 bits) in base64url: 43 characters. */
export const TOKEN_PATTERN = /^lt_[A-Za-z0-9_-]{43}$/;

/** A new bearer token: `lt_` + 256 random bits, base64url. Shown once; only its hash is stored. */
export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 of the token: what the database keeps. A leaked database gives no usable token. */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Constant-time comparison of two token hashes. */
export function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
