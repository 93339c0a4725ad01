/**
 * How bad input and refused actions are reported: violations that name a field and a reason, with messages in Thai
 * and English, shared by the engine, Tasklist and the API.
 */
package th.go.dga.standards.validation;
