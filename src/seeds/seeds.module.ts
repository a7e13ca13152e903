import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { SeedsService } from './seeds.service';

@Module({ imports: [ActionsModule], providers: [SeedsService], exports: [SeedsService] })
export class SeedsModule {}
