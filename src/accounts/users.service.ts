import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { Conflict, NotFound, Refused } from '../platform/errors/domain-errors';
import { SecurityConfig } from '../config/security.config';
import { Section } from '../sections/section.entity';
import { UpdateUserDto, UserFieldsDto } from './dto/user-fields.dto';
import { hashPassword } from './passwords';
import { UserAccount } from './user-account.entity';

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SecurityConfig) private readonly security: SecurityConfig,
    private readonly clock: Clock,
  ) {}

  private get users() {
    return this.dataSource.getRepository(UserAccount);
  }

  /** The first admin, from ADMIN_EMAIL and ADMIN_PASSWORD, when no user has that email yet. */
  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail: email, adminPassword: password } = this.security;
    if (!email || !password || (await this.users.existsBy({ email: email.toLowerCase() }))) return;
    await this.create({ email, password, name: 'Administrator', role: 'admin' });
    this.logger.log(`Created the first admin, ${email.toLowerCase()}`);
  }

  list(): Promise<UserAccount[]> {
    return this.users.find({ order: { email: 'ASC' } });
  }

  async get(id: string): Promise<UserAccount> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw NotFound.entity('User', id);
    return user;
  }

  create(input: UserFieldsDto): Promise<UserAccount> {
    return this.createWith(this.dataSource.manager, input);
  }

  /** Within the caller's transaction, when making the user is one step of something larger. */
  async createWith(manager: EntityManager, input: UserFieldsDto): Promise<UserAccount> {
    const users = manager.getRepository(UserAccount);
    const email = input.email.trim().toLowerCase();
    if (await users.existsBy({ email })) throw Conflict.at('email', `A user with email ${email} exists already`);
    const sectionId = await this.sectionFor(input.role, input.sectionId ?? null);
    const passwordHash = await hashPassword(input.password);
    return users.save(
      users.create({ email, name: input.name, role: input.role, sectionId, passwordHash, disabledAt: null, lastSignInAt: null }),
    );
  }

  async update(id: string, input: UpdateUserDto): Promise<UserAccount> {
    const user = await this.get(id);
    if (input.email) {
      const email = input.email.trim().toLowerCase();
      if (email !== user.email && (await this.users.existsBy({ email })))
        throw Conflict.at('email', `A user with email ${email} exists already`);
      user.email = email;
    }
    if (input.name !== undefined) user.name = input.name;
    if (input.password !== undefined) user.passwordHash = await hashPassword(input.password);
    if (input.role !== undefined || input.sectionId !== undefined) {
      user.role = input.role ?? user.role;
      user.sectionId = await this.sectionFor(user.role, input.sectionId ?? (user.role === 'coordinator' ? user.sectionId : null));
    }
    if (input.disabled !== undefined) user.disabledAt = input.disabled ? (user.disabledAt ?? this.clock.now()) : null;
    if (user.role !== 'admin' || user.disabledAt) await this.assertAnotherAdmin(id, input.role !== undefined ? 'role' : 'disabled');
    return this.users.save(user);
  }

  async remove(id: string): Promise<void> {
    await this.get(id);
    await this.assertAnotherAdmin(id, 'id');
    await this.users.delete(id);
  }

  /** Nobody could manage users any more without one active admin. */
  private async assertAnotherAdmin(exceptId: string, field: string): Promise<void> {
    const others = await this.users
      .createQueryBuilder('user')
      .where("user.role = 'admin' AND user.disabledAt IS NULL AND user.id <> :exceptId", { exceptId })
      .getCount();
    const wasAdmin = await this.users.existsBy({ id: exceptId, role: 'admin' });
    if (wasAdmin && others === 0) throw Refused.at(field, 'This is the last active admin; make another admin first');
  }

  private async sectionFor(role: UserFieldsDto['role'], sectionId: string | null): Promise<string | null> {
    if (role !== 'coordinator') {
      if (sectionId) throw Refused.at('sectionId', 'Only a coordinator belongs to a section');
      return null;
    }
    if (!sectionId) throw Refused.at('sectionId', 'A coordinator needs the section they coordinate');
    if (!(await this.dataSource.getRepository(Section).existsBy({ id: sectionId }))) {
      throw Refused.at('sectionId', `Section ${sectionId} does not exist`);
    }
    return sectionId;
  }
}
