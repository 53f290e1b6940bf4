export {
  validateDefinition,
  type InvalidDefinition,
  type ValidationResult,
  type ValidDefinition,
} from './validate-definition';
export type { Problem } from './problem';
export { parseAssignee, type Assignee, type AssigneeParseResult } from './parse-assignee';
export type { Quorum, RingiTaskAttributes, StepKind, UserTaskDefinition } from './user-task-attributes';
export { RINGI_NAMESPACE_URI, ringiModdleDescriptor } from './ringi-namespace';
