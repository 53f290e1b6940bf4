// The wording of the portal's mails, kept apart from the flow that sends them.

export function confirmationMail(portalUrl: string, token: string, hours: number) {
  return {
    subject: '【みなと市 電子申請】メールアドレスの確認',
    text: [
      'みなと市 電子申請ポータルへのご登録ありがとうございます。',
      '',
      `次のリンクを${hours}時間以内に開いて、メールアドレスを確認してください。`,
      `${portalUrl}/portal/confirm?token=${token}`,
      '',
      'このメールに心当たりがない場合は、破棄してください。',
    ].join('\n'),
  };
}

export function duplicateRegistrationMail(portalUrl: string) {
  return {
    subject: '【みなと市 電子申請】登録のお申し込みについて',
    text: [
      'このメールアドレスは既に登録されています。',
      `ログインはこちら: ${portalUrl}/portal/login`,
      '',
      'お申し込みに心当たりがない場合は、このメールを破棄してください。',
    ].join('\n'),
  };
}
