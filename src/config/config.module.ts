import { DynamicModule, Module, type ValueProvider } from '@nestjs/common';
import type { Configuration } from './configuration';

/**
 * Every configuration group to every module, by its class (`constructor(@Inject(MailConfig) mail: MailConfig)`). The
 * process reads its environment once at start, builds the groups from it, and hands them in here; no class takes
 * the whole environment.
 */
@Module({})
export class ConfigModule {
  static forRoot(configuration: Configuration): DynamicModule {
    const providers: ValueProvider[] = Object.values(configuration).map((group: object) => ({
      provide: group.constructor,
      useValue: group,
    }));
    return { module: ConfigModule, global: true, providers, exports: providers.map((provider) => provider.provide) };
  }
}
