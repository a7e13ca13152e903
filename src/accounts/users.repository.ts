import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { UserAccount } from './user-account.entity';
import { TransactionalRepository } from '../database/transactional-repository';

export type NewUser = Pick<UserAccount, 'email' | 'name' | 'role' | 'sectionId' | 'passwordHash'>;

/** Staff users and section coordinators: the only way to their accounts. Methods taking a manager run in its transaction. */
@Injectable()
export class UsersRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /** Every user, by email. */
  list(): Promise<UserAccount[]> {
    return this.dataSource.getRepository(UserAccount).find({ order: { email: 'ASC' } });
  }

  byId(id: string): Promise<UserAccount | null> {
    return this.dataSource.getRepository(UserAccount).findOneBy({ id });
  }

  /** `email` as stored: lower-cased. */
  byEmail(email: string): Promise<UserAccount | null> {
    return this.dataSource.getRepository(UserAccount).findOneBy({ email });
  }

  emailTaken(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(UserAccount, { email });
  }

  /** Whether anyone can sign in as staff (an admin or an editor, disabled or not). */
  staffExists(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(UserAccount, { role: In(['admin', 'editor']) });
  }

  insert(user: NewUser, manager: EntityManager = this.dataSource.manager): Promise<UserAccount> {
    const users = manager.getRepository(UserAccount);
    return users.save(users.create({ ...user, disabledAt: null, lastSignInAt: null }));
  }

  save(user: UserAccount): Promise<UserAccount> {
    return this.dataSource.getRepository(UserAccount).save(user);
  }

  async remove(id: string): Promise<void> {
    await this.dataSource.getRepository(UserAccount).delete(id);
  }

  async recordSignIn(id: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(UserAccount).update(id, { lastSignInAt: at });
  }

  /** Active admins other than this user. */
  otherActiveAdmins(exceptId: string): Promise<number> {
    return this.dataSource
      .getRepository(UserAccount)
      .createQueryBuilder('user')
      .where("user.role = 'admin' AND user.disabledAt IS NULL AND user.id <> :exceptId", { exceptId })
      .getCount();
  }

  isAdmin(id: string): Promise<boolean> {
    return this.dataSource.getRepository(UserAccount).existsBy({ id, role: 'admin' });
  }
}
