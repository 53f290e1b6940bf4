import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { Request } from 'express';
import { zoneOf } from '@ringi/platform';
import { LoginService, type LoginOutcome } from './login.service';

/** passport-local: user name and password from the JSON body, checked by LoginService. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly loginService: LoginService) {
    super({ usernameField: 'username', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(req: Request, username: string, password: string): Promise<LoginOutcome> {
    return this.loginService.login(username, password, {
      zone: zoneOf(req)!,
      clientAddress: req.socket.remoteAddress ?? null,
      userAgent: req.headers['user-agent'] ?? null,
    });
  }
}
