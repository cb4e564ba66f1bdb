import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';

const LINK: Components['a'] = ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noreferrer noopener" />;
const UNWRAPPED = ({ children }: { children?: ReactNode }) => <>{children}</>;
/**
 * An option's text sits inside a button or list item: its paragraph is unwrapped
 * so no block lands there, and a link keeps its text but not its anchor (an <a>
 * inside a <button> is invalid, and a tap on it would leave the game).
 */
const INLINE: Components = { a: UNWRAPPED, p: UNWRAPPED };
/** Images (imported with the bank, or https) fit the screen: a phone's width, a projector's height. */
const IMAGES = '[&_img]:inline-block [&_img]:max-h-[40vh] [&_img]:max-w-full [&_img]:h-auto';
/** A link in an explanation is told apart from its text by more than colour (the screens reset link styles). */
const LINKS = '[&_a]:underline [&_a]:underline-offset-2';

/**
 * Renders bank markdown (stems, options, explanations) safely: raw HTML is not
 * parsed at all (react-markdown's default), and the sanitizer strips dangerous
 * URLs (an image may come from this app or an http(s) address). Pages load it
 * through Markdown.tsx, which fetches it only when it is needed.
 */
export default function MarkdownRenderer({ children, className, inline }: { children: string; className?: string; inline?: boolean }) {
  const Wrapper = inline ? 'span' : 'div';
  return (
    <Wrapper className={`markdown ${IMAGES} ${LINKS} ${className ?? ''}`}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} components={inline ? INLINE : { a: LINK }}>
        {children}
      </ReactMarkdown>
    </Wrapper>
  );
}
