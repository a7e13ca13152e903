import { PartialType } from '@nestjs/swagger';
import { SupporterProfileDto } from './sign-up.dto';

export class UpdateProfileDto extends PartialType(SupporterProfileDto) {}
