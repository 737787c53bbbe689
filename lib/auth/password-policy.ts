/** Password rules (SECURITY.md rule 6): 8+ characters, up to 256 accepted and never truncated, no common passwords. */
export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 256;

// The most common passwords from public breach corpora, plus obvious site-specific ones.
const COMMON = new Set(
  `123456 123456789 12345678 password qwerty123 qwerty 1234567890 1234567 111111 123123 abc123 password1 1q2w3e4r
  000000 iloveyou 1q2w3e4r5t qwertyuiop 123321 654321 666666 121212 987654321 a1b2c3d4 passw0rd password123
  letmein welcome monkey dragon football baseball sunshine princess master shadow superman michael trustno1
  charlie donald jordan23 hello123 freedom whatever qazwsx 1qaz2wsx zaq12wsx login admin admin123 administrator
  changeme secret 11111111 12341234 88888888 87654321 asdfghjk asdfasdf zxcvbnm1 q1w2e3r4 1234qwer qwer1234
  iloveyou1 football1 baseball1 welcome1 princess1 starwars computer internet newshub newshub1 newshub123
  password! p@ssw0rd p@ssword passwort motdepasse contrasena 00000000 99999999 12121212 abcd1234 aa123456
  qwertyui 1password mustang access batman solo loveme flower hottie jessica ashley bailey nicole`
    .split(/\s+/)
    .filter(Boolean),
);

export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  const length = Array.from(password).length;
  if (length < MIN_PASSWORD) return `Use at least ${MIN_PASSWORD} characters.`;
  if (length > MAX_PASSWORD) return `Use at most ${MAX_PASSWORD} characters.`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'This password is too common. Choose one that is harder to guess.';
  if (/^(.)\1+$/.test(password)) return 'This password is too easy to guess.';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower === local) return 'Don’t use your email address as your password.';
  return null;
}
