export * from './fees/fiscal-periods';
export * from './fees/occupancy-fee';
export * from './fees/occupancy-period';
