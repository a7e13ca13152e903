import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { NotFound } from '../../platform/errors/domain-errors';
import type { OsdiUrls } from '../hal/hal';
import { OsdiCollection, osdiCollection, OsdiPage, windowOf } from '../hal/osdi-collection';
import { outreach } from '../hal/osdi-resources';
import type { OsdiOutreachDto } from '../hal/osdi-resources.dto';
import { OsdiRepository, OsdiScope } from '../osdi.repository';

/** Appeal records as OSDI outreaches: staff see every one, a coordinator their section's. */
@Injectable()
export class ReadOutreaches {
  constructor(
    private readonly osdi: OsdiRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(urls: OsdiUrls, scope: OsdiScope, paging: OsdiPage): Promise<OsdiCollection<OsdiOutreachDto>> {
    const { rows, total } = await this.osdi.outreaches(scope, this.clock.now(), windowOf(paging), {});
    return osdiCollection(
      urls,
      '/outreaches',
      'osdi:outreaches',
      paging,
      total,
      rows.map((row) => outreach(urls, row)),
    );
  }

  /** One campaign's outreaches; 404 for a campaign OSDI does not show. */
  async ofCampaign(urls: OsdiUrls, scope: OsdiScope, actionId: string, paging: OsdiPage): Promise<OsdiCollection<OsdiOutreachDto>> {
    const { total: campaigns } = await this.osdi.campaigns(this.clock.now(), { limit: 0, offset: 0 }, actionId);
    if (campaigns === 0) throw NotFound.entity('Advocacy campaign', actionId);
    const { rows, total } = await this.osdi.outreaches(scope, this.clock.now(), windowOf(paging), { actionId });
    return osdiCollection(
      urls,
      `/advocacy_campaigns/${actionId}/outreaches`,
      'osdi:outreaches',
      paging,
      total,
      rows.map((row) => outreach(urls, row)),
    );
  }

  async one(urls: OsdiUrls, scope: OsdiScope, id: string): Promise<OsdiOutreachDto> {
    const { rows } = await this.osdi.outreaches(scope, this.clock.now(), { limit: 1, offset: 0 }, { id });
    if (rows.length === 0) throw NotFound.entity('Outreach', id);
    return outreach(urls, rows[0]);
  }
}
