import { ApiProperty } from '@nestjs/swagger';
import type { OutboxEntry } from '../mail-transport';

export class OutboxEntryDto implements OutboxEntry {
  @ApiProperty({ description: 'The .eml file name, to read it by', example: '1717171717171-3f2a.eml' })
  file: string;

  @ApiProperty({ example: 4312 })
  bytes: number;

  @ApiProperty({ type: String, format: 'date-time' })
  writtenAt: Date;
}

/** The files mail went to while no SMTP server is configured. */
export class OutboxDto {
  @ApiProperty({ description: 'False when mail goes over SMTP; the list is empty then' })
  writesToOutbox: boolean;

  @ApiProperty({ type: [OutboxEntryDto], description: 'Newest first' })
  messages: OutboxEntryDto[];
}
