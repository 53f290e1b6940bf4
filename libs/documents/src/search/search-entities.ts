import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The normalised text a search verifies candidates against: number, title, sender, body, attachment text. */
@Entity('doc_search_text')
export class SearchText {
  @PrimaryColumn({ type: 'integer' })
  documentId: number;

  @Column({ type: 'text' })
  content: string;
}

/** One bigram (two characters) occurring in a document's search text. */
@Entity('doc_gram')
export class SearchGram {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  gram: string;

  @PrimaryColumn({ type: 'integer' })
  documentId: number;
}
