import { createRoot } from 'react-dom/client';
import { PlayerApp } from './player-app';

// The phone page's script (built by scripts/build-phone.mjs with Preact in
// React's place). route.ts writes the page with the room's code on #phone.
const root = document.getElementById('phone');
if (root?.dataset.code) createRoot(root).render(<PlayerApp code={root.dataset.code} />);
