/**
 * Files people download and open in a spreadsheet: CSV that Excel reads as Thai, cells that never run as formulas,
 * and the download headers.
 */
package th.go.dga.standards.export;
