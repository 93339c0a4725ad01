/**
 * Thai documents as PDF: HTML templates under {@code templates/pdf/} rendered with openhtmltopdf, the Sarabun font
 * embedded, Thai line breaks from ICU, tone marks placed by the font's own variants, PDF/A-3b. A base module: it imports no feature.
 */
package th.go.dga.standards.pdf;
