import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { exitWithStartupError } from '../bootstrap/infrastructure';
import { Clock } from '../common/clock';
import { loadEnvironment } from '../config/environment';
import { DatabaseModule } from '../database/database.module';
import { openDatabase } from '../database/embedded-postgres';
import { SectionRecordsModule } from '../sections/section-records.module';
import { UserFieldsDto } from './dto/user-fields.dto';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

const USAGE =
  'Usage: echo "$PASSWORD" | npm run user:create -- --email a@example.org --name "A Name" --role admin|editor|coordinator [--section GB]';

/** Only what making a user needs: no HTTP, no queues, and not the first admin from the environment. */
@Module({ imports: [SectionRecordsModule], providers: [UsersService, UsersRepository, Clock] })
class CreateUserModule {}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) throw new Error(`give the password on standard input\n${USAGE}`);
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0];
}

/** `npm run user:create`: adds a staff user or section coordinator; the password comes on stdin, never in argv. */
async function createUser() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, section: { type: 'string' } },
  });
  const environment = loadEnvironment();
  const database = await openDatabase(environment.DATABASE_URL, environment.PGLITE_DIR);
  const context = await NestFactory.createApplicationContext(
    { module: CreateUserModule, imports: [DatabaseModule.forRoot({ url: database.url, poolSize: 1, runMigrations: false })] },
    { logger: false, abortOnError: false },
  );
  try {
    const users = context.get(UsersService);
    const sectionId = values.section ? await users.sectionIdByCode(values.section) : null;
    if (values.section && !sectionId) throw new Error(`no section has the code ${values.section}`);
    const input = plainToInstance(UserFieldsDto, {
      email: values.email,
      name: values.name,
      role: values.role,
      sectionId: sectionId ?? undefined,
      password: await readPassword(),
    });
    const problems = validateSync(input).flatMap((error) => Object.values(error.constraints ?? {}));
    if (problems.length > 0) throw new Error(`${problems.join('; ')}\n${USAGE}`);
    const user = await users.create(input);
    process.stdout.write(`Created ${user.role} ${user.email} (${user.id})\n`);
  } finally {
    await context.close();
    await database.close();
  }
}

createUser().catch(exitWithStartupError);
