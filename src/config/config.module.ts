import { DynamicModule, Module, type Provider, type ValueProvider } from '@nestjs/common';
import type { Configuration } from './configuration';
import { Environment, loadEnvironment } from './environment';

/**
 * Every configuration group to every module, by its class (`constructor(private readonly mail: MailConfig)`). The
 * process builds the groups once, from the environment it validated at start, and hands them in here.
 */
@Module({})
export class ConfigModule {
  static forRoot(configuration: Configuration): DynamicModule {
    const groups: ValueProvider[] = Object.values(configuration).map((group: object) => ({ provide: group.constructor, useValue: group }));
    const providers: Provider[] = [{ provide: Environment, useFactory: () => loadEnvironment() }, ...groups];
    return { module: ConfigModule, global: true, providers, exports: [Environment, ...groups.map((group) => group.provide)] };
  }
}
