import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { NotFound } from '../../platform/errors/domain-errors';
import type { OsdiUrls } from '../hal/hal';
import { OsdiCollection, osdiCollection, OsdiPage, windowOf } from '../hal/osdi-collection';
import { advocacyCampaign } from '../hal/osdi-resources';
import type { OsdiAdvocacyCampaignDto } from '../hal/osdi-resources.dto';
import { CampaignRow, OsdiRepository } from '../osdi.repository';

/** Actions as OSDI advocacy campaigns: those the public may see, with their own targets. Not personal: the same for every caller. */
@Injectable()
export class ReadAdvocacyCampaigns {
  constructor(
    private readonly osdi: OsdiRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(urls: OsdiUrls, paging: OsdiPage): Promise<OsdiCollection<OsdiAdvocacyCampaignDto>> {
    const { rows, total } = await this.osdi.campaigns(this.clock.now(), windowOf(paging));
    return osdiCollection(urls, '/advocacy_campaigns', 'osdi:advocacy_campaigns', paging, total, await this.withTargets(urls, rows));
  }

  async one(urls: OsdiUrls, id: string): Promise<OsdiAdvocacyCampaignDto> {
    const { rows } = await this.osdi.campaigns(this.clock.now(), { limit: 1, offset: 0 }, id);
    if (rows.length === 0) throw NotFound.entity('Advocacy campaign', id);
    return (await this.withTargets(urls, rows))[0];
  }

  private async withTargets(urls: OsdiUrls, rows: CampaignRow[]): Promise<OsdiAdvocacyCampaignDto[]> {
    const targets = await this.osdi.targetsOf(rows.map((row) => row.id));
    return rows.map((row) =>
      advocacyCampaign(
        urls,
        row,
        targets.filter((target) => target.actionId === row.id),
      ),
    );
  }
}
