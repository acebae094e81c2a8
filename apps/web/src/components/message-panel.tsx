// A titled message with an optional action: used for "not found", "no access" and load failures.
import type { ReactNode } from 'react';
import { DocumentTitle } from './document-title';

interface MessagePanelProps {
  title: string;
  body: string;
  action?: ReactNode;
}

export function MessagePanel({ title, body, action }: MessagePanelProps) {
  return (
    <section className="card message-panel" aria-labelledby="message-heading">
      <DocumentTitle title={title} />
      <h1 id="message-heading">{title}</h1>
      <p>{body}</p>
      {action}
    </section>
  );
}
