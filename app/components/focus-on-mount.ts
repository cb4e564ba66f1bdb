/**
 * `ref={focusOnMount}`: focuses the element once it is on the page, as React's
 * `autoFocus` does. The phone's page runs on Preact, whose `autoFocus` only
 * writes the attribute, which a browser honours once per page and never after a
 * tap has focused something: a dialog's button would leave the focus behind it.
 * One function for every use, so a re-render does not focus it again.
 */
export const focusOnMount = (element: HTMLElement | null) => void element?.focus();
