import { PickType } from '@nestjs/swagger';
import { UserFieldsDto } from './user-fields.dto';

/** What the first-run setup page asks for; the role is always admin. */
export class FirstAdminDto extends PickType(UserFieldsDto, ['name', 'email', 'password'] as const) {}
