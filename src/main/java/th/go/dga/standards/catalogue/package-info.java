/**
 * The public catalogue of published and in-force standards, also as open data (CSV and JSON).
 */
package th.go.dga.standards.catalogue;
