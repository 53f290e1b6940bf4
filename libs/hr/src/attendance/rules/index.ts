export * from './annual-leave';
export * from './city-calendar';
export * from './overtime-limits';
export * from './work-time-split';
export * from './attendance-rate';
