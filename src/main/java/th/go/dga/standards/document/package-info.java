/**
 * Documents of standards and hearings: drafts, forms, slides, the FAQ and the like, uploaded by the secretariat or
 * the working group, checked by their content, kept on disk under names the server makes up, and served to whoever
 * may read them.
 */
package th.go.dga.standards.document;
