/**
 * Promotion of a published DGA community standard (มสพร.) to a digital government standard (มรด.).
 */
package th.go.dga.standards.promotion;
