import { Module } from '@nestjs/common';
import { FinanceAccess } from './access/finance-access';
import { FinanceAttachmentsController } from './api/attachments.controller';
import { BudgetController } from './api/budget.controller';
import { CommitmentsController } from './api/commitments.controller';
import { PayeesController } from './api/payees.controller';
import { PaymentOrdersController } from './api/payment-orders.controller';
import { ReportsController } from './api/reports.controller';
import { SettingsController } from './api/settings.controller';
import { FinanceAttachmentService } from './attachments/finance-attachment.service';
import { BudgetLedger } from './budget/budget-ledger';
import { BudgetService } from './budget/budget.service';
import { CommitmentRoutingService } from './commitments/commitment-routing';
import { CommitmentService } from './commitments/commitment.service';
import { FinanceWorkflow } from './finance-workflow';
import { OrderedAmounts } from './payment-orders/ordered-amounts';
import { PaymentOrderService } from './payment-orders/payment-order.service';
import { PayeeService } from './payees/payee.service';
import { FinanceReportsService } from './reports/finance-reports.service';
import { DesignatedBankService } from './settings/designated-bank.service';
import { TransferRunService } from './transfers/transfer-run.service';

/**
 * Finance approvals (財務会計): budget lines, 補正 and 流用, payees, 支出負担行為 and 支出命令 routed through the
 * workflow, the 会計室's transfer runs and reports. Needs WorkflowModule (global), HrModule and AuditModule.
 */
@Module({
  controllers: [
    BudgetController,
    PayeesController,
    CommitmentsController,
    PaymentOrdersController,
    FinanceAttachmentsController,
    ReportsController,
    SettingsController,
  ],
  providers: [
    FinanceAccess,
    FinanceAttachmentService,
    CommitmentRoutingService,
    DesignatedBankService,
    BudgetLedger,
    BudgetService,
    PayeeService,
    FinanceWorkflow,
    CommitmentService,
    OrderedAmounts,
    PaymentOrderService,
    TransferRunService,
    FinanceReportsService,
  ],
})
export class FinanceModule {}
