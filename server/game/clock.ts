/** The server's monotonic clock in ms: deadlines and response times never follow wall-clock jumps. */
export type Clock = () => number;

export const monotonicClock: Clock = () => performance.now();
