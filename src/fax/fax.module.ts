import { Module } from '@nestjs/common';
import { FaxConfig } from '../config/fax.config';
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
      inject: [FaxConfig, EmailFaxGateway, HttpFaxGateway, DisabledFaxGateway],
      useFactory: (fax: FaxConfig, email: EmailFaxGateway, http: HttpFaxGateway, disabled: DisabledFaxGateway) =>
        ({ email, http, disabled })[fax.gateway],
    },
  ],
  exports: [FaxGateway],
})
export class FaxModule {}
