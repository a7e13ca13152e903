import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { NotFound } from '../platform/errors/domain-errors';
import { Page } from '../common/pagination';
import { ListTargetsQuery } from './dto/list-targets.query';
import { TargetFieldsDto } from './dto/target-fields.dto';
import { UpdateTargetDto } from './dto/update-target.dto';
import { Target } from './target.entity';
import { targetColumns } from './target-record';

@Injectable()
export class TargetsService {
  constructor(@InjectRepository(Target) private readonly targets: Repository<Target>) {}

  async create(input: TargetFieldsDto): Promise<Target> {
    return this.targets.save(this.targets.create(targetColumns(input, input.country)));
  }

  async get(id: string): Promise<Target> {
    const target = await this.targets.findOneBy({ id });
    if (!target) throw NotFound.entity('Target', id);
    return target;
  }

  async update(id: string, input: UpdateTargetDto): Promise<Target> {
    const target = await this.get(id);
    this.targets.merge(target, targetColumns(input, input.country ?? target.country, target.emails));
    return this.targets.save(target);
  }

  async list(query: ListTargetsQuery): Promise<Page<Target>> {
    const builder = this.targets.createQueryBuilder('target').orderBy('target.name', 'ASC').addOrderBy('target.id', 'ASC');
    if (query.country) builder.andWhere('target.country = :country', { country: query.country });
    if (query.kind) builder.andWhere('target.kind = :kind', { kind: query.kind });
    if (query.q) {
      const pattern = `%${escapeLike(query.q)}%`;
      builder.andWhere(
        new Brackets((where) => {
          for (const column of ['name', 'title', 'organisation', 'email']) where.orWhere(`target.${column} ILIKE :pattern`, { pattern });
        }),
      );
    }
    const [items, total] = await builder
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
