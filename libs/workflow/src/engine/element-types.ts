import * as Elements from 'bpmn-elements';
import { TypeResolver } from 'moddle-context-serializer';
import { ClockedTimerEventDefinition } from './clocked-timer-event-definition';

/** Resolves element types to bpmn-elements as ringi runs them, when a stored context is deserialized. */
export const ringiTypeResolver = TypeResolver({ ...Elements, TimerEventDefinition: ClockedTimerEventDefinition });
