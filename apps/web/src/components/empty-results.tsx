// Says that a list has nothing to show, and how to widen it when filters are the reason.
import type { ReactNode } from 'react';

export function EmptyResults({ message, action }: { message: string; action?: ReactNode }) {
  return (
    <div role="status" className="notice">
      <p>{message}</p>
      {action}
    </div>
  );
}
