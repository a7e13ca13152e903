import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { SeedsRepository } from './seeds.repository';
import { SeedsService } from './seeds.service';

@Module({ imports: [ActionsModule], providers: [SeedsService, SeedsRepository], exports: [SeedsService] })
export class SeedsModule {}
