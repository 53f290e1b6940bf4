import type { Request } from 'express';
import type { Zone } from '@ringi/platform';

/** One cookie per zone: ports share cookies, so a name per listener keeps zone sessions apart. */
export function sessionCookieName(zone: Zone): string {
  return `ringi_session_${zone}`;
}

export interface PresentedToken {
  token: string;
  via: 'bearer' | 'cookie';
}

export function presentedToken(req: Request, zone: Zone): PresentedToken | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = header.slice('Bearer '.length).trim();
    if (token) return { token, via: 'bearer' };
  }
  const name = sessionCookieName(zone);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name && rest.length > 0) return { token: decodeURIComponent(rest.join('=')), via: 'cookie' };
  }
  return null;
}
