import { paymentDeadline } from './payment-deadline';

describe('paymentDeadline (支払遅延防止法)', () => {
  it.each([
    // kind, invoice, due, today → deadline, warnings
    ['goods', '2026-05-01', '2026-05-20', '2026-05-02', '2026-05-31', []],
    ['goods', '2026-05-01', '2026-05-31', '2026-05-02', '2026-05-31', []],
    ['goods', '2026-05-01', '2026-06-01', '2026-05-02', '2026-05-31', ['dueAfterDeadline']],
    ['works', '2026-05-01', '2026-06-10', '2026-05-02', '2026-06-10', []],
    ['works', '2026-05-01', '2026-06-11', '2026-05-02', '2026-06-10', ['dueAfterDeadline']],
    ['consignment', '2026-05-01', '2026-05-25', '2026-05-24', '2026-05-31', []],
    ['consignment', '2026-05-01', '2026-05-25', '2026-05-25', '2026-05-31', ['deadlineAtRisk']],
    ['goods', '2026-05-01', '2026-05-31', '2026-05-31', '2026-05-31', ['deadlineAtRisk']],
    ['goods', '2026-05-01', '2026-05-31', '2026-06-01', '2026-05-31', ['deadlinePassed']],
    ['goods', '2026-12-15', '2027-01-10', '2026-12-16', '2027-01-14', []],
  ])('%s invoiced %s, due %s, on %s: deadline %s %j', (kind, invoiceDate, dueDate, today, deadline, warnings) => {
    expect(paymentDeadline({ kind, invoiceDate, dueDate, today })).toEqual({ deadline, warnings });
  });
});
