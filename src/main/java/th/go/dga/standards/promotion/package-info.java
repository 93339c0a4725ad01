/**
 * Promotion of a published DGA community standard (มสพร.) to a digital government standard (มรด.): its start, its
 * endpoint and its rules; the new standard then goes through the committee and the Royal Gazette.
 */
package th.go.dga.standards.promotion;
