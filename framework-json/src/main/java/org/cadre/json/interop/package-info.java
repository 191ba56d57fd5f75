/**
 * Imports and exports of formats other than Cadre's own: 1EdTech CASE 1.0 packages ({@link CaseImport},
 * {@link CaseExport}) and Moodle's competency framework CSV ({@link MoodleCsv}). An import gives an
 * {@link ImportResult}: the framework when it is valid, and always a report of problems and warnings with the
 * place in the source. An export gives an {@link ExportResult}: the text and warnings about what the format
 * cannot carry.
 */
package org.cadre.json.interop;
