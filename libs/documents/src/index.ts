export * from './records/retention';
export * from './records/document-number';
