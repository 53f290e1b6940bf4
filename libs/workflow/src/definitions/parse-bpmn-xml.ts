import { BpmnModdle, type ModdleParseResult, type ModdleWarning } from 'bpmn-moddle';
import { isModdleNode, type ModdleNode } from './moddle-node';
import { problem, type Problem } from './problem';
import { ringiModdleDescriptor } from './ringi-namespace';

export interface ParsedBpmn {
  readonly definitions: ModdleNode;
  readonly warnings: readonly ModdleWarning[];
  /** The parse result as moddle-context-serializer expects it. */
  readonly moddleContext: ModdleParseResult;
}

export type ParseBpmnResult =
  { readonly ok: true; readonly parsed: ParsedBpmn } | { readonly ok: false; readonly problems: Problem[] };

const MAX_XML_LENGTH = 5 * 1024 * 1024;

export async function parseBpmnXml(xml: unknown): Promise<ParseBpmnResult> {
  if (typeof xml !== 'string') return refused('the definition must be BPMN 2.0 XML text');
  if (xml.trim() === '') return refused('the definition is empty');
  if (xml.length > MAX_XML_LENGTH) return refused(`the definition is larger than ${MAX_XML_LENGTH / 1024 / 1024} MB`);
  // No BPMN tool needs a DTD, and entity declarations are how XML bombs start.
  if (/<!DOCTYPE/i.test(xml)) return refused('DOCTYPE declarations are not allowed in BPMN definitions');
  let moddleContext: ModdleParseResult;
  try {
    moddleContext = await new BpmnModdle({ ringi: ringiModdleDescriptor }).fromXML(xml.trim());
  } catch (error) {
    return refused(`the XML could not be read as BPMN 2.0: ${describeParseError(error)}`);
  }
  const definitions = moddleContext.rootElement;
  if (!isModdleNode(definitions) || definitions.$type !== 'bpmn:Definitions') {
    return refused('the XML root element is not <bpmn:definitions>');
  }
  return { ok: true, parsed: { definitions, warnings: moddleContext.warnings, moddleContext } };
}

function refused(message: string): ParseBpmnResult {
  return { ok: false, problems: [problem(null, message)] };
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(', ');
}
