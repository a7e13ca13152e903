import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck } from '@nestjs/terminus';
import { Public } from '../accounts/access.decorators';
import { ApiAnswer } from '../platform/openapi/api-answers';
import { LivenessDto } from './dto/liveness.dto';
import { Readiness } from './readiness';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: Readiness) {}

  /** The database and Redis. */
  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.readiness.core();
  }

  /** The process answers: restart it when this fails. Asks nothing of the database or Redis, so their outage restarts nothing. */
  @Get('live')
  @Public()
  @ApiAnswer(LivenessDto)
  live(): LivenessDto {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  /** Database, Redis and the SMTP relay answer: send traffic here only when this passes. */
  @Get('ready')
  @Public()
  @HealthCheck()
  ready() {
    return this.readiness.ready();
  }
}
