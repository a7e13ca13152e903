import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource } from 'typeorm';
import { exitWithStartupError } from '../bootstrap/infrastructure';
import { Clock } from '../common/clock';
import { loadEnvironment } from '../config/environment';
import { SecurityConfig } from '../config/security.config';
import { databaseOptions } from '../database/database-options';
import { openDatabase } from '../database/embedded-postgres';
import { Section } from '../sections/section.entity';
import { UserFieldsDto } from './dto/user-fields.dto';
import { UsersService } from './users.service';

const USAGE =
  'Usage: echo "$PASSWORD" | npm run user:create -- --email a@example.org --name "A Name" --role admin|editor|coordinator [--section GB]';

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
  const dataSource = await new DataSource(databaseOptions(database.url, 1)).initialize();
  try {
    const section = values.section ? await dataSource.getRepository(Section).findOneBy({ code: values.section.toUpperCase() }) : null;
    if (values.section && !section) throw new Error(`no section has the code ${values.section}`);
    const input = plainToInstance(UserFieldsDto, {
      email: values.email,
      name: values.name,
      role: values.role,
      sectionId: section?.id,
      password: await readPassword(),
    });
    const problems = validateSync(input).flatMap((error) => Object.values(error.constraints ?? {}));
    if (problems.length > 0) throw new Error(`${problems.join('; ')}\n${USAGE}`);
    const user = await new UsersService(dataSource, new SecurityConfig(environment), new Clock()).create(input);
    process.stdout.write(`Created ${user.role} ${user.email} (${user.id})\n`);
  } finally {
    await dataSource.destroy();
    await database.close();
  }
}

createUser().catch(exitWithStartupError);
