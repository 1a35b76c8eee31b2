/** The core counts lines and columns; the CLI's formatters and report use the same counting. */
export { createPositionFinder } from '../core/positions.js';
export { LINE_BREAK } from '../text/lines.js';
