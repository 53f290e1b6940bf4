export { ProcessRunner, type ProcessRunnerOptions, type RunOutcome, type RunResult } from './process-runner';
export { DefinitionContextCache, type DefinitionCacheStats, type SerializedContextLoader } from './definition-cache';
export type { TaskWait, TaskWaitKind, TimerWait } from './waits';
export type { Variables } from './feel';
export { ProcessNotRunningError, ProcessRunError, UnknownTimerError, UnknownWaitError } from './errors';
export { InvalidRunnerStateError } from './runner-state';
export { InvalidDefinitionContextError } from './serialized-context';
export { addBusinessDays, isBusinessDay, parseBusinessDuration } from './business-days';
