import { NotFoundException } from '@nestjs/common';
import { NotAllowed, NotFound } from './domain-errors';
import { refusalOf } from './refusal';

describe('a refusal as a page shows it', () => {
  it('carries the status, the message and the fields of a domain error', () => {
    expect(refusalOf(NotAllowed.at('code', "Only staff may change a section's code"))).toEqual({
      status: 403,
      message: "Only staff may change a section's code",
      fieldErrors: [{ field: 'code', message: "Only staff may change a section's code" }],
    });
    expect(refusalOf(NotFound.entity('Action', '42'))).toEqual({ status: 404, message: 'Action 42 does not exist', fieldErrors: [] });
  });

  it('rethrows anything that is not a use case refusing: a fault of ours, or an HTTP exception', () => {
    const fault = new TypeError('undefined is not a function');
    expect(() => refusalOf(fault)).toThrow(fault);
    expect(() => refusalOf(new NotFoundException('no route'))).toThrow(NotFoundException);
  });
});
