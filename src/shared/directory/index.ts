/** The team's local directory: schema, contact links and file formats, shared by the app and the server. */
export * from './schema';
export { dialString, isEmailAddress, isMapUrl, isPhoneNumber, mailtoHref, mapHref, telHref } from './contact-links';
export { exportDirectoryCsv, importDirectoryCsv, type CsvExportOptions, type CsvImportOptions } from './directory-csv';
export { exportDirectoryJson, importDirectoryJson } from './directory-json';
export { formatImportProblem, MAX_REPORTED_PROBLEMS, type ImportProblem, type ImportResult } from './import-result';
