/** What bpmn-elements passes as the owner of a timer: the content of the waiting timer event definition. */
export interface TimerOwner {
  readonly id?: string;
  readonly executionId?: string;
  readonly timerType?: string;
  readonly expireAt?: Date | string;
  readonly repeat?: number;
  readonly [property: string]: unknown;
}

export interface ParkedTimer {
  readonly owner: TimerOwner | null;
}

type TimerCallback = (...args: unknown[]) => void;

class ParkedTimerRef implements ParkedTimer {
  constructor(
    readonly owner: TimerOwner | null,
    private readonly callback: TimerCallback,
    private readonly args: unknown[],
  ) {}

  fire(): void {
    this.callback(...this.args);
  }
}

/**
 * The engine's `timers` option. Nothing is scheduled: a started timer is parked and reported, the database
 * stores it as a row with its due time, and whichever node claims the row fires it once through the runner.
 */
export class ParkedTimers {
  private readonly parked = new Set<ParkedTimerRef>();

  /** Read by bpmn-engine when it stops or ends, to clear whatever is still pending. */
  get executing(): ParkedTimer[] {
    return [...this.parked];
  }

  register(owner: TimerOwner | null) {
    return {
      setTimeout: (callback: TimerCallback, _delay: number, ...args: unknown[]) => this.park(owner, callback, args),
      clearTimeout: (ref: unknown) => this.clearTimeout(ref),
    };
  }

  // bpmn-elements requires it of a timers option; its own timers all go through register.
  setTimeout(callback: TimerCallback, _delay: number, ...args: unknown[]): ParkedTimer {
    return this.park(null, callback, args);
  }

  // bpmn-elements stores the return value as "no timer", so it must be undefined.
  clearTimeout(ref: unknown): undefined {
    if (ref instanceof ParkedTimerRef) this.parked.delete(ref);
    return undefined;
  }

  /** Removes the timer before firing it, as an expired setTimeout would be gone. */
  fire(timer: ParkedTimer): void {
    if (!(timer instanceof ParkedTimerRef) || !this.parked.delete(timer)) return;
    timer.fire();
  }

  private park(owner: TimerOwner | null, callback: TimerCallback, args: unknown[]): ParkedTimerRef {
    const ref = new ParkedTimerRef(owner, callback, args);
    this.parked.add(ref);
    return ref;
  }
}
