'use client';

import { lazy, Suspense } from 'react';

/**
 * Bank markdown (stems, options, explanations), with its renderer
 * (react-markdown, remark-gfm, rehype-sanitize: about 47 KB gzipped) loaded on
 * first use rather than with the page: a phone joining a room needs none of it
 * until the first question. Server-rendered pages have it rendered in their HTML.
 */
const loadRenderer = () => import('./markdown-renderer');
// A renderer that cannot be fetched (a phone's network dropped it, or a new build
// replaced it) leaves the text as it is: unrendered, but every question still reads.
const MarkdownRenderer = lazy(() => loadRenderer().catch(() => ({ default: PlainText })));

type Props = { children: string; className?: string; inline?: boolean };

/** Starts fetching the renderer now (a phone that has just joined), so the first question does not wait for it. */
export function preloadMarkdown(): void {
  loadRenderer().catch(() => {}); // a failure shows when it is used: as plain text
}

export function Markdown(props: Props) {
  return (
    <Suspense fallback={<PlainText {...props} />}>
      <MarkdownRenderer {...props} />
    </Suspense>
  );
}

/** While the renderer loads, or when it cannot: the text as it is, in the same box. */
function PlainText({ children, className, inline }: Props) {
  const Wrapper = inline ? 'span' : 'div';
  return <Wrapper className={`markdown whitespace-pre-line ${className ?? ''}`}>{children}</Wrapper>;
}
