import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be misread on paper or a screen (no 0/O, 1/l/I). */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A random initial password for a new officer: 16 characters (≈ 93 bits), shown once to whoever
 * hands it over and changed at first sign-in. Passes the password policy by construction.
 */
export function generateInitialPassword(): string {
  let password = '';
  for (let i = 0; i < 16; i += 1) password += ALPHABET[randomInt(ALPHABET.length)] ?? '';
  return password;
}
