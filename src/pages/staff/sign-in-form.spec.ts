import { safeNext } from './sign-in-form';

describe('where sign-in returns to', () => {
  it('returns to the staff page that asked for sign-in', () => {
    expect(safeNext('/staff/actions/new?lang=ko')).toBe('/staff/actions/new?lang=ko');
    expect(safeNext('/staff')).toBe('/staff');
  });

  it('never leaves the staff pages or the site', () => {
    for (const next of [
      'https://evil.example',
      '//evil.example/staff',
      '/staffing',
      '/staff/../admin',
      '/staff\\..\\x',
      '/api/actions',
      undefined,
      42,
    ]) {
      expect(safeNext(next)).toBe('/staff');
    }
  });
});
