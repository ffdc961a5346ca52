/**
 * Value types every feature speaks in: pounds sterling, pay ranges and experience ranges.
 */
package uk.mljobs.shared;
