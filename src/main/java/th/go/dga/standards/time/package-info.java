/**
 * Time as the product knows it: the engine's clock, the Asia/Bangkok zone, Buddhist-era years and Thai month names,
 * and dates as people read them in Thai and English. A base module: it imports no feature.
 */
package th.go.dga.standards.time;
