import ReactMarkdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';

const LINK: Components['a'] = ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noreferrer noopener" />;
/** An option's text sits inside a button or list item: its paragraph is unwrapped so no block lands there. */
const INLINE: Components = { a: LINK, p: ({ children }) => <>{children}</> };
/** Images (imported with the bank, or https) fit the screen: a phone's width, a projector's height. */
const IMAGES = '[&_img]:inline-block [&_img]:max-h-[40vh] [&_img]:max-w-full [&_img]:h-auto';

/**
 * Renders bank markdown (stems, options, explanations) safely: raw HTML is not
 * parsed at all (react-markdown's default), and the sanitizer strips dangerous
 * URLs (an image may come from this app or an http(s) address). Pages load it
 * through Markdown.tsx, which fetches it only when it is needed.
 */
export default function MarkdownRenderer({ children, className, inline }: { children: string; className?: string; inline?: boolean }) {
  const Wrapper = inline ? 'span' : 'div';
  return (
    <Wrapper className={`markdown ${IMAGES} ${className ?? ''}`}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} components={inline ? INLINE : { a: LINK }}>
        {children}
      </ReactMarkdown>
    </Wrapper>
  );
}
