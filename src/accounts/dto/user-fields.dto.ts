import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { SingleLine } from '../single-line';
import { USER_ROLES, type UserRole } from '../user-account.entity';

export class UserFieldsDto {
  @ApiProperty()
  @IsEmail()
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @SingleLine()
  name: string;

  @ApiProperty({ minLength: 12 })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password: string;

  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole' })
  @IsIn(USER_ROLES)
  role: UserRole;

  @ApiPropertyOptional({ description: 'Required for a coordinator: the section they are scoped to' })
  @ValidateIf((user: UserFieldsDto) => user.role === 'coordinator' || user.sectionId !== undefined)
  @IsUUID()
  sectionId?: string;
}

export class UpdateUserDto extends PartialType(UserFieldsDto) {
  @ApiPropertyOptional({ description: 'true disables sign-in and every token of the user' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}
