'use client';

import { lazy, Suspense } from 'react';

/**
 * Bank markdown (stems, options, explanations), with its renderer
 * (react-markdown, remark-gfm, rehype-sanitize: about 47 KB gzipped) loaded on
 * first use rather than with the page: a phone joining a room needs none of it
 * until the first question. Server-rendered pages have it rendered in their HTML.
 */
const loadRenderer = () => import('./markdown-renderer');
const MarkdownRenderer = lazy(loadRenderer);

type Props = { children: string; className?: string; inline?: boolean };

/** Starts fetching the renderer now (a phone that has just joined), so the first question does not wait for it. */
export function preloadMarkdown(): void {
  void loadRenderer();
}

export function Markdown(props: Props) {
  return (
    <Suspense fallback={<PlainText {...props} />}>
      <MarkdownRenderer {...props} />
    </Suspense>
  );
}

/** For the moment the renderer is still loading: the text as it is, in the same box. */
function PlainText({ children, className, inline }: Props) {
  const Wrapper = inline ? 'span' : 'div';
  return <Wrapper className={`markdown whitespace-pre-line ${className ?? ''}`}>{children}</Wrapper>;
}
