import { Module } from '@nestjs/common';
import { Environment } from '../config/environment';
import { DisabledFaxGateway } from './disabled-fax.gateway';
import { EmailFaxGateway } from './email-fax.gateway';
import { FaxGateway } from './fax-gateway';
import { HttpFaxGateway } from './http-fax.gateway';

@Module({
  providers: [
    EmailFaxGateway,
    HttpFaxGateway,
    DisabledFaxGateway,
    {
      provide: FaxGateway,
      inject: [Environment, EmailFaxGateway, HttpFaxGateway, DisabledFaxGateway],
      useFactory: (environment: Environment, email: EmailFaxGateway, http: HttpFaxGateway, disabled: DisabledFaxGateway) =>
        ({ email, http, disabled })[environment.FAX_GATEWAY],
    },
  ],
  exports: [FaxGateway],
})
export class FaxModule {}
