import type { ModdleNode } from './moddle-node';
import { problem, type Problem } from './problem';
import type { UserTaskDefinition } from './user-task-attributes';

/** A change to an expression so that the stored context holds it in the one form ringi's runner evaluates. */
export interface ExpressionRewrite {
  readonly expression: ModdleNode;
  readonly body: string;
  readonly language?: string;
}

/** What reviewing one process found: problems, canonical expressions and the user tasks with their ringi attributes. */
export class Findings {
  readonly problems: Problem[] = [];
  readonly rewrites: ExpressionRewrite[] = [];
  readonly userTasks: UserTaskDefinition[] = [];

  report(elementId: string | null | undefined, message: string): void {
    this.problems.push(problem(elementId, message));
  }

  hasProblemFor(elementId: string | undefined): boolean {
    return elementId !== undefined && this.problems.some((found) => found.elementId === elementId);
  }
}
