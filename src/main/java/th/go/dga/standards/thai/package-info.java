/**
 * Thai calendar and numerals: Buddhist-era years, Thai month names and the Asia/Bangkok zone.
 * Every date the product shows or parses goes through here.
 */
package th.go.dga.standards.thai;
