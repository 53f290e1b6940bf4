import { Attachment } from './attachments/attachment.entity';
import { Disposal } from './disposal/disposal.entity';
import { CityDocument } from './documents/city-document.entity';
import { DocumentParticipant } from './documents/participant.entity';
import { FileCategory } from './file-plan/file-category.entity';
import { RecordFile } from './file-plan/record-file.entity';
import { Documents1768000000000 } from './migrations/1768000000000-documents';
import { DocumentsPdf1769600000000 } from './migrations/1769600000000-documents-pdf';
import { DocumentsTemplateRetire1770400000000 } from './migrations/1770400000000-documents-template-retire';
import { DocumentCounter } from './numbering/document-counter.entity';
import { SearchGram, SearchText } from './search/search-entities';
import { DocumentSetting } from './settings/document-setting.entity';
import { DraftTemplate } from './templates/template.entity';

export const DOCUMENTS_ENTITIES = [
  DocumentSetting,
  FileCategory,
  RecordFile,
  DocumentCounter,
  CityDocument,
  Attachment,
  DocumentParticipant,
  SearchText,
  SearchGram,
  DraftTemplate,
  Disposal,
];
export const DOCUMENTS_MIGRATIONS = [
  Documents1768000000000,
  DocumentsPdf1769600000000,
  DocumentsTemplateRetire1770400000000,
];
