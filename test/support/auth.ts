import type { StaffRole } from '../../src/accounts/access.decorators';
import { httpClient } from './http';
import type { TestApp } from './test-app';

/**
 * A JSON client signed in as a staff member of the given role (bearer API token).
 * PROVISIONAL until the accounts module lands: it sends no credentials yet, because no guard checks
 * them. The accounts work replaces this body with: create the user, issue an API token, send it.
 */
export async function staffClient(testApp: TestApp, role: StaffRole = 'admin') {
  void role;
  return httpClient(testApp.baseUrl);
}
