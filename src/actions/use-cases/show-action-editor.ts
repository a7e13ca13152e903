import { Injectable } from '@nestjs/common';
import type { TargetRecord } from '../../targets/target-read-model';
import { ListTargetDirectory } from '../../targets/use-cases/list-target-directory';
import type { ActionWithTargets } from '../action-read-model';
import { ActionsService } from '../actions.service';

/** An action in the editor: as saved, and the directory its targets are picked from. */
export interface ActionEditorReadModel {
  action: ActionWithTargets;
  directory: TargetRecord[];
}

/** The editor of one action, drafts included; an unknown action is not found. */
@Injectable()
export class ShowActionEditor {
  constructor(
    private readonly actions: ActionsService,
    private readonly directory: ListTargetDirectory,
  ) {}

  async execute(id: string): Promise<ActionEditorReadModel> {
    const action = await this.actions.get(id);
    return { action, directory: await this.directory.execute() };
  }
}
