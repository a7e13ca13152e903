import type { Environment } from './environment';

/** Who sends and where the public pages are: what mails sign with and link to. */
export class SiteConfig {
  readonly organisationName: string;
  readonly publicUrl: string;

  constructor(environment: Environment) {
    this.organisationName = environment.ORGANISATION_NAME;
    this.publicUrl = environment.PUBLIC_URL;
  }
}
