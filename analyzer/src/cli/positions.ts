/** The core counts lines and columns; the CLI's formatters and report use the same counting. */
export { createPositionFinder, LINE_BREAK } from '../core/positions.js';
