import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { logLevelsFrom } from './log-levels';

/** Nest's own start-up chatter: a line per module and per route, about 150 in all. */
export const START_UP_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/** Nest's console logger, with its start-up lines moved to the debug level so the banner is what a newcomer reads. */
export class QuietStartLogger extends ConsoleLogger {
  constructor(level: LogLevel) {
    super({ logLevels: logLevelsFrom(level) });
  }

  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && START_UP_CONTEXTS.has(context)) return super.debug(message, ...optionalParams);
    super.log(message, ...optionalParams);
  }
}
