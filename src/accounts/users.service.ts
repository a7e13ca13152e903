import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { Conflict, NotFound, Refused } from '../platform/errors/domain-errors';
import { FindSectionIdByCode } from '../sections/use-cases/find-section-id-by-code';
import { SectionExists } from '../sections/use-cases/section-exists';
import { UpdateUserDto, UserFieldsDto } from './dto/user-fields.dto';
import { hashPassword } from './passwords';
import { UserAccount } from './user-account.entity';
import { UsersRepository } from './users.repository';

/** Staff users and coordinators: who may exist, and the last active admin kept. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sectionExists: SectionExists,
    private readonly sectionByCode: FindSectionIdByCode,
    private readonly clock: Clock,
  ) {}

  list(): Promise<UserAccount[]> {
    return this.users.list();
  }

  async get(id: string): Promise<UserAccount> {
    const user = await this.users.byId(id);
    if (!user) throw NotFound.entity('User', id);
    return user;
  }

  create(input: UserFieldsDto): Promise<UserAccount> {
    return this.createWith(undefined, input);
  }

  /** Within the caller's transaction (a UsersRepository manager), when making the user is one step of something larger. */
  async createWith(manager: EntityManager | undefined, input: UserFieldsDto): Promise<UserAccount> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.emailTaken(email, manager)) throw Conflict.at('email', `A user with email ${email} exists already`);
    const sectionId = await this.sectionFor(input.role, input.sectionId ?? null, manager);
    const passwordHash = await hashPassword(input.password);
    return this.users.insert({ email, name: input.name, role: input.role, sectionId, passwordHash }, manager);
  }

  /** The id of the section with this code, for the command line, which names sections by code. */
  sectionIdByCode(code: string): Promise<string | null> {
    return this.sectionByCode.execute(code.toUpperCase());
  }

  async update(id: string, input: UpdateUserDto): Promise<UserAccount> {
    const user = await this.get(id);
    if (input.email) {
      const email = input.email.trim().toLowerCase();
      if (email !== user.email && (await this.users.emailTaken(email)))
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
    await this.users.remove(id);
  }

  /** Nobody could manage users any more without one active admin. */
  private async assertAnotherAdmin(exceptId: string, field: string): Promise<void> {
    const others = await this.users.otherActiveAdmins(exceptId);
    const wasAdmin = await this.users.isAdmin(exceptId);
    if (wasAdmin && others === 0) throw Refused.at(field, 'This is the last active admin; make another admin first');
  }

  private async sectionFor(role: UserFieldsDto['role'], sectionId: string | null, manager?: EntityManager): Promise<string | null> {
    if (role !== 'coordinator') {
      if (sectionId) throw Refused.at('sectionId', 'Only a coordinator belongs to a section');
      return null;
    }
    if (!sectionId) throw Refused.at('sectionId', 'A coordinator needs the section they coordinate');
    if (!(await this.sectionExists.execute(sectionId, manager))) throw Refused.at('sectionId', `Section ${sectionId} does not exist`);
    return sectionId;
  }
}
