import { TargetRole } from '../../actions/action-vocabulary';
import type { DocumentRegions } from '../document/document-regions';
import type { DraftReport } from '../draft-report';
import type { DraftTarget } from '../imported-draft';
import { readTargetBlock } from './target-block.reader';
import { targetBlocks } from './target-blocks';

/** The primary targets (after the deadline line) and the "Copies to" targets, in the order printed. */
export function extractTargets(regions: DocumentRegions, report: DraftReport): DraftTarget[] {
  const blocks = [
    ...targetBlocks(regions.targets).map((lines) => ({ lines, role: TargetRole.Primary })),
    ...targetBlocks(regions.copies).map((lines) => ({ lines, role: TargetRole.Copy })),
  ];
  if (!blocks.some((block) => block.role === TargetRole.Primary)) {
    report.missing('targets', 'no target block follows the appeal deadline');
  }
  return blocks.map((block, index) => readTargetBlock(block.lines, block.role, index, report));
}
