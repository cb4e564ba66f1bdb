import { buildIfStale } from '../../scripts/bench/server';

// The cluster tests run real nodes on the production build.
export default function setup() {
  buildIfStale();
}
