import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '../user-account.entity';
import type { UserView } from '../user-view';

/** A staff member or coordinator, as the API shows them: never the password hash. */
export class UserDto implements UserView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Lower-cased', example: 'editor@urgent-action.example.org' })
  email: string;

  @ApiProperty({ example: 'Min-seo Kang' })
  name: string;

  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole', example: 'editor' })
  role: UserRole;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The section a coordinator is scoped to; null for staff' })
  sectionId: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set: no sign-in and no token of theirs works' })
  disabledAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastSignInAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}
