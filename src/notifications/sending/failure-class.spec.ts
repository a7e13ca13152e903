import { FaxGatewayError } from '../../fax/http-fax.gateway';
import { Refused } from '../../platform/errors/domain-errors';
import { classifyDeliveryFailure } from './delivery-failure';
import { deliveryFailureClass } from './failure-class';

const classOf = (error: unknown) => deliveryFailureClass(error, classifyDeliveryFailure(error));
const smtpError = (fields: Record<string, unknown>) => Object.assign(new Error('smtp'), fields);

describe('the class of a failed send, for ua_delivery_failures_total', () => {
  it('blames the recipient for a permanent refusal of the address or the message', () => {
    expect(
      classOf(
        smtpError({
          code: 'EENVELOPE',
          command: 'RCPT TO',
          responseCode: 550,
          response: '550 5.1.1 no such user',
          rejected: ['a@b.example'],
        }),
      ),
    ).toBe('recipient');
    expect(classOf(smtpError({ code: 'EMESSAGE', command: 'DATA', responseCode: 554, response: '554 message refused' }))).toBe('recipient');
    expect(classOf(new FaxGatewayError('bad number', 422))).toBe('recipient');
  });

  it('calls a 4xx about the recipient or the message temporary', () => {
    expect(classOf(smtpError({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 451, response: '451 greylisted' }))).toBe('temporary');
    expect(classOf(smtpError({ code: 'EMESSAGE', command: 'DATA', responseCode: 452, response: '452 mailbox full' }))).toBe('temporary');
    expect(classOf(new FaxGatewayError('slow down', 429))).toBe('temporary');
  });

  it('blames the relay when it cannot be reached, closes the session or refuses our credentials or sender', () => {
    expect(classOf(smtpError({ code: 'ECONNREFUSED' }))).toBe('relay');
    expect(classOf(smtpError({ code: 'ETIMEDOUT', command: 'CONN' }))).toBe('relay');
    expect(classOf(smtpError({ code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535, response: '535 bad credentials' }))).toBe('relay');
    expect(classOf(smtpError({ code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 550, response: '550 relay denied' }))).toBe('relay');
    expect(classOf(smtpError({ code: 'EMESSAGE', command: 'DATA', responseCode: 421, response: '421 shutting down' }))).toBe('relay');
    expect(classOf(new FaxGatewayError('gateway down', 503))).toBe('relay');
    expect(classOf(Refused.at('channel', 'Sending faxes is switched off'))).toBe('relay');
  });
});
