import type { AccessRule } from './access.decorators';
import { decideAccess } from './access-policy';
import type { Principal } from './principal';

const user = (role: 'admin' | 'editor' | 'coordinator', sectionId: string | null = null) =>
  ({ kind: 'user', user: { role, sectionId }, tokenId: 't', via: 'bearer' }) as unknown as Principal;
const supporter = { kind: 'supporter', supporter: { id: 's' }, tokenId: 't', via: 'cookie' } as unknown as Principal;

describe('decideAccess', () => {
  const section: AccessRule = { kind: 'section', sectionParam: 'sectionId' };

  it('lets a coordinator into their own section only, and never into staff routes', () => {
    expect(decideAccess(section, user('coordinator', 'A'), { sectionId: 'A' })).toBe('allow');
    expect(decideAccess(section, user('coordinator', 'A'), { sectionId: 'B' })).toBe('forbidden');
    expect(decideAccess(section, user('coordinator', 'A'), {})).toBe('forbidden');
    expect(decideAccess({ kind: 'staff', roles: [] }, user('coordinator', 'A'), {})).toBe('forbidden');
  });

  it('passes admins through every staff rule, editors only where listed or unrestricted', () => {
    expect(decideAccess({ kind: 'staff', roles: ['editor'] }, user('admin'), {})).toBe('allow');
    expect(decideAccess({ kind: 'staff', roles: ['admin'] }, user('editor'), {})).toBe('forbidden');
    expect(decideAccess({ kind: 'staff', roles: [] }, user('editor'), {})).toBe('allow');
    expect(decideAccess(section, user('editor'), { sectionId: 'B' })).toBe('allow');
  });

  it('lets any staff member or coordinator through an organisation rule, and no supporter', () => {
    const organisation: AccessRule = { kind: 'organisation' };
    expect(decideAccess(organisation, user('coordinator', 'A'), {})).toBe('allow');
    expect(decideAccess(organisation, user('editor'), {})).toBe('allow');
    expect(decideAccess(organisation, supporter, {})).toBe('forbidden');
    expect(decideAccess(organisation, undefined, {})).toBe('sign-in');
  });

  it('asks the anonymous to sign in and keeps supporters to their own routes', () => {
    expect(decideAccess({ kind: 'supporter' }, undefined, {})).toBe('sign-in');
    expect(decideAccess({ kind: 'supporter' }, supporter, {})).toBe('allow');
    expect(decideAccess({ kind: 'supporter' }, user('admin'), {})).toBe('forbidden');
    expect(decideAccess({ kind: 'staff', roles: [] }, supporter, {})).toBe('forbidden');
    expect(decideAccess({ kind: 'public' }, undefined, {})).toBe('allow');
    expect(decideAccess({ kind: 'signed-in' }, supporter, {})).toBe('allow');
  });
});
