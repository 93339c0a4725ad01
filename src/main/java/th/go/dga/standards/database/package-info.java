/**
 * The database under the product: which product it is (H2 or PostgreSQL) and the sequences that number projects and
 * comments. A base module: it imports no feature.
 */
package th.go.dga.standards.database;
