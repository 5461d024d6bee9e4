'use client';
// Work an edit causes that the clinician does not wait for (the history entry, the tab's last
// case): run after the new results are painted, in the order it was asked for.

const queue: (() => void)[] = [];

function flush(): void {
  for (const task of queue.splice(0)) task();
}

/** Runs `task` once the next frame has painted (all tasks queued before that frame run in order). */
export function afterPaint(task: () => void): void {
  queue.push(task);
  if (queue.length > 1) return;
  // The frame callback runs before the paint and the task it posts after it; that task posts the
  // work once more, so what else waited for this paint (a click, a measure) goes first.
  requestAnimationFrame(() => setTimeout(() => setTimeout(flush, 0), 0));
}
