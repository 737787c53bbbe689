import { describe, expect, it } from 'vitest';
import { MAX_PASSWORD, passwordProblem } from '@/lib/auth/password-policy';

describe('passwordProblem', () => {
  it.each(['password', 'qwerty123', 'iloveyou1', 'summer2026', 'letmein1', 'aaaaaaaaaaaa', '12345678', 'abcdefgh'])('refuses the easily guessed "%s"', (p) => {
    expect(passwordProblem(p)).toMatch(/too easy to guess/);
  });

  it('refuses passwords made of the reader’s own email, name or the site’s name', () => {
    expect(passwordProblem('amara.osei', { email: 'amara.osei@example.com' })).toMatch(/too easy to guess/);
    expect(passwordProblem('Osei1990', { name: 'Amara Osei' })).toMatch(/too easy to guess/);
    expect(passwordProblem('newshub2026')).toMatch(/too easy to guess/);
  });

  it('says why and what to do instead', () => {
    expect(passwordProblem('password1')).toMatch(/commonly used|heavily used/);
  });

  it('accepts long passphrases and strong short ones, never truncated', () => {
    for (const p of ['correct horse battery staple', 'a-long-enough-passphrase', 'xK9#mQ2v!z', 'Harbour cranes at dawn 7'])
      expect(passwordProblem(p), p).toBeNull();
    expect(passwordProblem('w'.repeat(7))).toBe('Use at least 8 characters.');
    expect(passwordProblem(`${'strong words '.repeat(19)}and more`)).toBeNull();
    expect(passwordProblem('x'.repeat(MAX_PASSWORD + 1))).toBe(`Use at most ${MAX_PASSWORD} characters.`);
  });
});
