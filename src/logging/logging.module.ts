import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { LoggingConfig } from '../config/logging.config';
import { requestLoggingParams } from './request-logging';

/** pino for request lines and, with LOG_FORMAT=json, for every line the app writes (see app-logger.ts). */
@Module({
  imports: [LoggerModule.forRootAsync({ inject: [LoggingConfig], useFactory: (logging: LoggingConfig) => requestLoggingParams(logging) })],
})
export class LoggingModule {}
