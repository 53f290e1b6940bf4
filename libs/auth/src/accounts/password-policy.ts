export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The city's password rule: at least 12 characters, three of the four character classes,
 * not containing the user name. Returns the reasons a password fails, in Japanese; empty = ok.
 */
export function passwordPolicyViolations(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`${PASSWORD_MIN_LENGTH}文字以上にしてください`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`${PASSWORD_MAX_LENGTH}文字以内にしてください`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('英小文字・英大文字・数字・記号のうち3種類以上を含めてください');
  const name = username.toLowerCase().split('@')[0];
  if (name.length >= 3 && password.toLowerCase().includes(name)) problems.push('ユーザー名を含めないでください');
  return problems;
}
