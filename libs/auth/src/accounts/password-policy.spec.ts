import { passwordPolicyViolations } from './password-policy';

describe('password policy', () => {
  it.each([
    ['Demo-pass-2026', 'staff1', []],
    ['short1!A', 'staff1', ['12文字以上にしてください']],
    ['alllowercaseletters', 'staff1', ['英小文字・英大文字・数字・記号のうち3種類以上を含めてください']],
    ['Staff1-is-my-pass', 'staff1', ['ユーザー名を含めないでください']],
    ['Gas-company-2026', 'gas@example.jp', ['ユーザー名を含めないでください']],
    ['x'.repeat(129) + 'A1', 'u', ['128文字以内にしてください']],
  ])('%s for %s', (password, username, problems) => {
    expect(passwordPolicyViolations(password, username)).toEqual(problems);
  });
});
