import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { Environment } from '../config/environment';
import { requestLoggingParams } from './request-logging';

/** pino for request lines and, with LOG_FORMAT=json, for every line the app writes (see app-logger.ts). */
@Module({
  imports: [LoggerModule.forRootAsync({ inject: [Environment], useFactory: (environment: Environment) => requestLoggingParams(environment) })],
})
export class LoggingModule {}
