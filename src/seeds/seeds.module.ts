import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { SectionsModule } from '../sections/sections.module';
import { SeedsService } from './seeds.service';

@Module({ imports: [ActionsModule, SectionsModule], providers: [SeedsService], exports: [SeedsService] })
export class SeedsModule {}
