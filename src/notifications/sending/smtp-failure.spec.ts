import { classifySmtpFailure } from './smtp-failure';

describe('classifySmtpFailure', () => {
  it('treats 4xx answers and refused connections as temporary', () => {
    expect(classifySmtpFailure({ responseCode: 451, response: '451 4.3.0 try later' })).toEqual({ permanent: false, reason: '451 4.3.0 try later' });
    expect(classifySmtpFailure({ code: 'ECONNECTION', message: 'connect ECONNREFUSED 127.0.0.1:1' }).permanent).toBe(false);
  });

  it('treats 5xx answers and a rejected recipient as permanent, keeping the server text as the reason', () => {
    expect(classifySmtpFailure({ responseCode: 550, response: '550 5.1.1 no such user' })).toEqual({ permanent: true, reason: '550 5.1.1 no such user' });
    expect(classifySmtpFailure({ code: 'EENVELOPE', rejected: ['x@y'], message: 'No recipients defined' }).permanent).toBe(true);
  });
});
