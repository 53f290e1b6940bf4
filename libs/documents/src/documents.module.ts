import { Module } from '@nestjs/common';
import { DocumentAccess } from './access/document-access';
import { DocumentsController } from './api/documents.controller';
import { RecordsController } from './api/records.controller';
import { AttachmentService } from './attachments/attachment.service';
import { AttachmentStore } from './attachments/attachment-store';
import { DocumentDispatch } from './dispatch/document-dispatch.service';
import { DisposalService } from './disposal/disposal.service';
import { DocumentRoute } from './documents/document-route';
import { DocumentService } from './documents/document.service';
import { DraftingSections } from './documents/drafting-section';
import { FilePlanService } from './file-plan/file-plan.service';
import { RecordFileExport } from './file-plan/record-file-export';
import { DocumentNumbering } from './numbering/document-numbering';
import { CityCertificate } from './pdf/city-certificate';
import { DecidedDocumentFactsReader } from './pdf/decided-document-facts';
import { DocumentPdfService } from './pdf/document-pdf.service';
import { SignatureVerification } from './pdf/signature-verification.service';
import { DocumentSearch } from './search/document-search.service';
import { SearchIndex } from './search/search-index';
import { DocumentSettings } from './settings/document-settings.service';
import { TemplateService } from './templates/template.service';

/**
 * Records management and e-approval: 起案, 収受, 決裁 (on the document-approval workflow), 施行, the file plan,
 * retention and disposal, search and access. Needs PlatformModule, AuditModule, HrModule, WorkflowModule and
 * DelegatedAuthorityModule, and a DataSource with DOCUMENTS_ENTITIES.
 */
@Module({
  // Records first: its fixed paths (templates, settings) must win over the documents controller's GET :id.
  controllers: [RecordsController, DocumentsController],
  providers: [
    DocumentAccess,
    AttachmentStore,
    AttachmentService,
    DisposalService,
    DocumentDispatch,
    CityCertificate,
    DecidedDocumentFactsReader,
    DocumentPdfService,
    SignatureVerification,
    DocumentRoute,
    DocumentService,
    DraftingSections,
    FilePlanService,
    RecordFileExport,
    DocumentNumbering,
    DocumentSearch,
    SearchIndex,
    DocumentSettings,
    TemplateService,
  ],
  exports: [DocumentService, DocumentSearch, FilePlanService],
})
export class DocumentsModule {}
