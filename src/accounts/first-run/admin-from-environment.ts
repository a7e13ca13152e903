import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SecurityConfig } from '../../config/security.config';
import { UsersRepository } from '../users.repository';
import { UsersService } from '../users.service';

/** The first admin, from ADMIN_EMAIL and ADMIN_PASSWORD, when no user has that email yet. */
@Injectable()
export class AdminFromEnvironment implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminFromEnvironment.name);

  constructor(
    @Inject(SecurityConfig) private readonly security: SecurityConfig,
    private readonly accounts: UsersRepository,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail: email, adminPassword: password } = this.security;
    if (!email || !password || (await this.accounts.emailTaken(email.toLowerCase()))) return;
    await this.users.create({ email, password, name: 'Administrator', role: 'admin' });
    this.logger.log(`Created the first admin, ${email.toLowerCase()}`);
  }
}
