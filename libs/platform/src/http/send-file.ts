import type { Response } from 'express';

/** Sends a file as a download with its name, never sniffed into something else by the browser. */
export function sendFile(res: Response, file: { fileName: string; mediaType: string; content: Buffer }): void {
  res.setHeader('Content-Type', file.mediaType);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(file.content);
}
