/** A runner call that cannot apply to the instance as stored, e.g. a task that was completed meanwhile. */
export class ProcessRunError extends Error {
  override readonly name: string = 'ProcessRunError';
}

export class UnknownWaitError extends ProcessRunError {
  override readonly name = 'UnknownWaitError';
}

export class UnknownTimerError extends ProcessRunError {
  override readonly name = 'UnknownTimerError';
}

export class ProcessNotRunningError extends ProcessRunError {
  override readonly name = 'ProcessNotRunningError';
}
