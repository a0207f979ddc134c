import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';

/*
 * exceljs and pdfkit take seconds to load on a busy machine: they are loaded on the first
 * export, import or report instead of delaying every start of the hub.
 */

export function excel(): typeof ExcelJS {
  return require('exceljs') as typeof ExcelJS;
}

export function pdfkit(): typeof PDFDocument {
  return require('pdfkit') as typeof PDFDocument;
}
