import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { NotFound, Refused } from '../../platform/errors/domain-errors';
import { SecurityConfig } from '../../config/security.config';
import { TokenHasher } from '../token-hasher';
import { UserAccount } from '../user-account.entity';
import { UsersRepository } from '../users.repository';
import { UsersService } from '../users.service';
import { FirstRunSetup } from './first-run-setup.entity';
import { FirstRunRepository } from './first-run.repository';

export const SETUP_LINK_HOURS = 24;

export interface FirstAdmin {
  name: string;
  email: string;
  password: string;
}

/**
 * The first-run pattern of Gitea and Grafana: while no staff account exists, a development start prints a
 * link that makes the first admin, once, within a day. Production makes its admin from the environment or
 * the CLI instead, so a forgotten link can never hand out an admin account there.
 */
@Injectable()
export class FirstRunSetupService {
  constructor(
    private readonly setups: FirstRunRepository,
    private readonly accounts: UsersRepository,
    @Inject(SecurityConfig) private readonly security: SecurityConfig,
    private readonly hasher: TokenHasher,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  /** A fresh setup token when nobody can sign in as staff yet; earlier unused links stop working. */
  async openIfNoStaff(): Promise<string | null> {
    if (this.security.production || (await this.accounts.staffExists())) return null;
    const token = this.hasher.newToken();
    await this.setups.replaceOpenLinks(this.hasher.hash(token), new Date(this.clock.now().getTime() + SETUP_LINK_HOURS * 3_600_000));
    return token;
  }

  /** Whether this link can still make the first admin (404 otherwise, saying nothing about why). */
  async assertUsable(token: string): Promise<void> {
    await this.usableSetup(token);
  }

  /** Makes the first admin and spends the link, in one transaction so two submissions cannot both succeed. */
  async completeSetup(token: string, admin: FirstAdmin): Promise<UserAccount> {
    return this.setups.withTransaction(async (manager) => {
      const setup = await this.setups.lockedByTokenHash(manager, this.hasher.hash(token));
      this.assertOpen(setup, token);
      if (await this.accounts.staffExists(manager)) {
        throw Refused.at('token', 'A staff account exists already: sign in, or ask an admin for an account');
      }
      const user = await this.users.createWith(manager, { ...admin, role: 'admin' });
      await this.setups.markUsed(manager, setup.id, this.clock.now());
      return user;
    });
  }

  private async usableSetup(token: string): Promise<FirstRunSetup> {
    const setup = await this.setups.byTokenHash(this.hasher.hash(token));
    this.assertOpen(setup, token);
    return setup;
  }

  private assertOpen(setup: FirstRunSetup | null, token: string): asserts setup is FirstRunSetup {
    if (!setup || setup.usedAt || setup.expiresAt <= this.clock.now() || this.security.production) {
      throw NotFound.entity('Setup link', `${token.slice(0, 6)}…`);
    }
  }
}
