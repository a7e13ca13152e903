import { Module } from '@nestjs/common';
import { OsdiController } from './api/osdi.controller';
import { OsdiRepository } from './osdi.repository';
import { ReadAdvocacyCampaigns } from './use-cases/read-advocacy-campaigns';
import { ReadOutreaches } from './use-cases/read-outreaches';
import { ReadPeople } from './use-cases/read-people';

/** OSDI (the standard Action Network speaks), read-only, under /api/osdi/v1, for staff and section coordinators' tokens. */
@Module({
  controllers: [OsdiController],
  providers: [OsdiRepository, ReadAdvocacyCampaigns, ReadOutreaches, ReadPeople],
})
export class OsdiModule {}
