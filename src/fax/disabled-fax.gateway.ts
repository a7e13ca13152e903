import { Injectable } from '@nestjs/common';
import { Refused } from '../platform/errors/domain-errors';
import { FaxGateway, SentFax } from './fax-gateway';

/** FAX_GATEWAY=disabled: every fax is refused, saying why. */
@Injectable()
export class DisabledFaxGateway extends FaxGateway {
  async send(): Promise<SentFax> {
    throw Refused.at('channel', 'Sending faxes is switched off on this server (FAX_GATEWAY=disabled); send by email or post');
  }
}
