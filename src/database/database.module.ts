import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { databaseOptions } from './database-options';

export interface DatabaseConnection {
  url: string;
  poolSize: number;
  /** Run pending migrations before the app serves (the API process does; workers don't). */
  runMigrations: boolean;
}

@Module({})
export class DatabaseModule {
  static forRoot(connection: DatabaseConnection): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...databaseOptions(connection.url, connection.poolSize),
          migrationsRun: connection.runMigrations,
          retryAttempts: 3,
        }),
      ],
    };
  }
}
