import { classifySmtpFailure } from './smtp-failure';

describe('classifySmtpFailure', () => {
  it('flags the recipient only for a 5.1.x answer to RCPT, or a mailbox code without an enhanced status', () => {
    expect(classifySmtpFailure({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, response: '550 5.1.1 no such user' })).toEqual({
      permanent: true,
      reason: '550 5.1.1 no such user',
      scope: 'recipient',
    });
    expect(
      classifySmtpFailure({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 553, response: '553 mailbox name not allowed' }).scope,
    ).toBe('recipient');
    expect(
      classifySmtpFailure({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 552, response: '552 5.2.2 mailbox full' }),
    ).toMatchObject({ permanent: true, scope: 'message' });
  });

  it("treats the relay refusing us as a relay problem: neither permanent nor the recipient's", () => {
    const relay = { permanent: false, scope: 'relay' };
    expect(
      classifySmtpFailure({
        code: 'EAUTH',
        command: 'AUTH PLAIN',
        responseCode: 535,
        response: '535 5.7.8 Authentication credentials invalid',
      }),
    ).toMatchObject(relay);
    expect(
      classifySmtpFailure({ code: 'EENVELOPE', command: 'MAIL FROM', responseCode: 554, response: '554 5.7.1 Sender address rejected' }),
    ).toMatchObject(relay);
    expect(
      classifySmtpFailure({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 554, response: '554 5.7.1 Relay access denied' }),
    ).toMatchObject(relay);
    expect(classifySmtpFailure({ code: 'ECONNECTION', command: 'CONN', message: 'connect ECONNREFUSED 127.0.0.1:1' })).toMatchObject(relay);
    expect(classifySmtpFailure({ code: 'ETIMEDOUT', command: 'CONN', message: 'Greeting never received' })).toMatchObject(relay);
    expect(
      classifySmtpFailure({ code: 'EPROTOCOL', command: 'DATA', responseCode: 421, response: '421 4.3.2 Service shutting down' }),
    ).toMatchObject(relay);
  });

  it("treats other refusals as the message's: 4xx retried, 5xx to DATA failed without flagging anyone", () => {
    expect(classifySmtpFailure({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 451, response: '451 4.3.0 try later' })).toEqual({
      permanent: false,
      reason: '451 4.3.0 try later',
      scope: 'message',
    });
    expect(
      classifySmtpFailure({ code: 'EMESSAGE', command: 'DATA', responseCode: 554, response: '554 5.6.0 content rejected' }),
    ).toMatchObject({ permanent: true, scope: 'message' });
    expect(classifySmtpFailure(new Error('something odd'))).toMatchObject({ permanent: false, scope: 'message' });
  });
});
