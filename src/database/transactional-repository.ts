import type { DataSource, EntityManager } from 'typeorm';

/**
 * A repository whose callers group statements into one transaction: a use case takes a lock, changes rows and records
 * what follows, and they commit together or not at all. Other features' use cases join in through the manager.
 */
export abstract class TransactionalRepository {
  protected constructor(protected readonly dataSource: DataSource) {}

  withTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
