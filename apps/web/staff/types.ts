// The API's answers as the staff screens use them (see the controllers under libs/*/src).

export interface Me {
  id: number;
  username: string;
  displayName: string;
  kind: 'staff' | 'applicant';
  zone: string;
  permissions: string[];
  mfaEnrolmentRequired: boolean;
}

export type LoginAnswer =
  { status: 'ok'; token: string } | { status: 'mfa-required'; challengeToken: string; expiresAt: string };

export type TaskAction =
  'approve' | 'reject' | 'send-back' | 'recall' | 'withdraw' | 'acknowledge' | 'post-review' | 'pull-up';

export interface InboxItem {
  id: number;
  instanceId: number;
  elementId: string;
  name: string | null;
  stepKind: string;
  assigneeLabel: string;
  dueAt: string | null;
  createdAt: string;
  processKey: string;
  businessKey: string;
  businessType: string | null;
  capacity: string;
  overdue: boolean;
}

export interface Inbox {
  /** Open tasks matching the filters, before paging. */
  total: number;
  countsByStepKind: Record<string, number>;
  overdue: number;
  items: InboxItem[];
}

export interface HistoryLine {
  id: number;
  taskId: number | null;
  at: string;
  actorName: string | null;
  capacity: string;
  action: string;
  comment: string | null;
  targetElementId: string | null;
  elementId?: string | null;
  stepName?: string | null;
}

export interface TaskDetail extends Omit<InboxItem, 'capacity' | 'overdue'> {
  status: string;
  instance: {
    id: number;
    processKey: string;
    businessKey: string;
    businessType: string | null;
    status: string;
    initiatorUserId: number;
    startedAt: string;
  };
  businessLink: string | null;
  history: HistoryLine[];
  allowedActions: TaskAction[];
  sendBackTargets: { elementId: string; name: string | null }[];
  capacity: string | null;
}

export interface RouteStep {
  elementId: string;
  name: string | null;
  stepKind: string;
  state: 'done' | 'current' | 'pending' | 'ended';
  assigneeLabel: string | null;
  dueAt: string | null;
  stamp: { actorName: string | null; at: string; capacity: string; action: string } | null;
}

export interface CaseRoute {
  id: number;
  processKey: string;
  processName: string | null;
  version: number | null;
  businessKey: string;
  businessType: string | null;
  status: string;
  initiatorUserId: number;
  startedAt: string;
  endedAt: string | null;
  variables: Record<string, unknown>;
  openTaskIds: number[];
  steps: RouteStep[];
  history: HistoryLine[];
}

/** A case I started, as /api/web/my-requests lists it. */
export interface MyRequest {
  id: number;
  processKey: string;
  businessKey: string;
  title: string | null;
  status: string;
  startedAt: string;
  endedAt: string | null;
  openSteps: { taskId: number; name: string | null; assigneeLabel: string; dueAt: string | null }[];
}

/** A case I started, as the workflow's own /api/workflow/my-requests pages them. */
export interface MyRequestItem extends MyRequest {
  processName: string | null;
  updatedAt: string;
  openSteps: (MyRequest['openSteps'][number] & { stepKind: string })[];
}

export interface MyRequestsPage {
  total: number;
  items: MyRequestItem[];
}

export interface DefinitionKey {
  processKey: string;
  name: string | null;
  latestVersion: number;
  activeVersion: number | null;
  versionCount: number;
  lastDeployedAt: string;
}

export interface DefinitionVersion {
  id: number;
  processKey: string;
  version: number;
  name: string | null;
  active: boolean;
  deployedAt: string;
}

export interface BulkResult {
  taskId: number;
  status: number;
  message?: string;
}

export type FormFieldType = 'text' | 'multiline' | 'number' | 'yen' | 'date' | 'select' | 'checkbox';

export interface FormFieldDef {
  key: string;
  label: string;
  type: FormFieldType;
  required: boolean;
  help: string | null;
  options: string[];
}

export interface FormDef {
  formKey: string;
  version: number;
  processKey: string;
  name: string;
  description: string | null;
  fields: FormFieldDef[];
  createdAt: string;
}
