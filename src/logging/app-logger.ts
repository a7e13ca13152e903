import type { INestApplicationContext, LoggerService, NestApplicationOptions } from '@nestjs/common';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { QuietStartLogger, START_UP_CONTEXTS } from '../bootstrap/quiet-start-logger';
import type { LoggingConfig } from '../config/logging.config';

/** The logger options for NestFactory: Nest's readable lines, or (LOG_FORMAT=json) buffered until pino takes over. */
export function nestLoggerOptions(logging: LoggingConfig): NestApplicationOptions {
  return logging.format === 'json' ? { bufferLogs: true } : { logger: new QuietStartLogger(logging.level) };
}

/** With LOG_FORMAT=json, every line of the app goes through pino from here on, Nest's start-up chatter at debug. */
export function useJsonLoggerIfAsked(app: INestApplicationContext, logging: LoggingConfig): void {
  if (logging.format === 'json') app.useLogger(quietStart(app.get(PinoNestLogger)));
}

function quietStart(logger: PinoNestLogger): LoggerService {
  return {
    log: (message: unknown, ...rest: unknown[]) => {
      const context = rest[rest.length - 1];
      if (typeof context === 'string' && START_UP_CONTEXTS.has(context)) return logger.debug(message, ...rest);
      logger.log(message, ...rest);
    },
    error: (message: unknown, ...rest: unknown[]) => logger.error(message, ...rest),
    warn: (message: unknown, ...rest: unknown[]) => logger.warn(message, ...rest),
    debug: (message: unknown, ...rest: unknown[]) => logger.debug(message, ...rest),
    verbose: (message: unknown, ...rest: unknown[]) => logger.verbose(message, ...rest),
    fatal: (message: unknown, ...rest: unknown[]) => logger.fatal(message, ...rest),
  };
}

/** A line for operators: in JSON mode one object with these fields, otherwise the message alone. */
export function logFields(logging: LoggingConfig, message: string, fields: Record<string, unknown>): string | Record<string, unknown> {
  return logging.format === 'json' ? { msg: message, ...fields } : message;
}
