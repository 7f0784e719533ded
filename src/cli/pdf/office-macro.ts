import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { xmlText } from '../../report/xml.js';

export const MACRO_LIBRARY = 'Standard';
export const MACRO_MODULE = 'SwaPdf';

/**
 * LibreOffice Basic, run by `soffice --headless macro:///…`: the command line's --convert-to cannot
 * update a table of contents before exporting (LibreOffice leaves its page numbers empty), the
 * office API can. Reads pairs of lines (Word file URL, PDF file URL) and writes one status line
 * per pair, so a failure is reported per document and never leaves a PDF that looks finished.
 *
 * Word's "Heading N" styles carry their outline level implicitly; LibreOffice 7.4 imports them at
 * level 0, so the index (made "from the outline") would come out empty and the PDF would have no
 * H1/H2 tags and no bookmarks. The levels are set on the styles before the update.
 *
 * Jumping to the last page makes LibreOffice lay out the whole document there and then. Without
 * it, the layout it does in idle moments while the macro runs interleaves with the update, and a
 * heading near a page end landed on one page in some runs and on the next in others (measured: 1
 * run in 5–7); with it, 12 of 12 runs gave the same pages. The second update takes the page
 * numbers from the layout that includes the filled-in table of contents.
 */
const BASIC_SOURCE = `
Sub ConvertAll(listUrl As String, statusUrl As String)
  Dim list As Integer, status As Integer, docUrl As String, pdfUrl As String
  list = FreeFile
  Open listUrl For Input As #list
  status = FreeFile
  Open statusUrl For Output As #status
  Do While Not EOF(list)
    Line Input #list, docUrl
    Line Input #list, pdfUrl
    Print #status, ConvertOne(docUrl, pdfUrl)
  Loop
  Close #status
  Close #list
End Sub

Function ConvertOne(docUrl As String, pdfUrl As String) As String
  Dim doc As Object, styles As Object, indexes As Object, level As Integer, i As Integer
  On Error GoTo Failed
  Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
  loadArgs(0).Name = "Hidden"
  loadArgs(0).Value = True
  doc = StarDesktop.loadComponentFromURL(docUrl, "_blank", 0, loadArgs())
  If IsNull(doc) Then
    ConvertOne = "fout" & Chr(9) & "LibreOffice kon het Word-document niet openen"
    Exit Function
  End If
  doc.getCurrentController().getViewCursor().jumpToLastPage()
  styles = doc.StyleFamilies.getByName("ParagraphStyles")
  For level = 1 To 9
    If styles.hasByName("Heading " & level) Then
      If styles.getByName("Heading " & level).OutlineLevel = 0 Then styles.getByName("Heading " & level).OutlineLevel = level
    End If
  Next level
  indexes = doc.getDocumentIndexes()
  For i = 0 To indexes.getCount() - 1
    indexes.getByIndex(i).update()
  Next i
  doc.getCurrentController().getViewCursor().jumpToLastPage()
  For i = 0 To indexes.getCount() - 1
    indexes.getByIndex(i).update()
  Next i
  Dim filterData(1) As New com.sun.star.beans.PropertyValue
  filterData(0).Name = "SelectPdfVersion"
  filterData(0).Value = 2
  filterData(1).Name = "UseTaggedPDF"
  filterData(1).Value = True
  Dim storeArgs(1) As New com.sun.star.beans.PropertyValue
  storeArgs(0).Name = "FilterName"
  storeArgs(0).Value = "writer_pdf_Export"
  storeArgs(1).Name = "FilterData"
  storeArgs(1).Value = filterData()
  doc.storeToURL(pdfUrl, storeArgs())
  doc.close(True)
  ConvertOne = "ok"
  Exit Function
Failed:
  ConvertOne = "fout" & Chr(9) & Error$ & " (Basic-fout " & Err & ")"
  On Error Resume Next
  If Not IsNull(doc) Then doc.close(True)
End Function
`;

/**
 * Adds the module to the Standard library of a freshly initialised profile. (Written before the
 * first start, LibreOffice replaces the library with its presets, so the profile is initialised first.)
 */
export async function installMacro(profileDirectory: string): Promise<void> {
  const library = join(profileDirectory, 'user', 'basic', MACRO_LIBRARY);
  await writeFile(
    join(library, `${MACRO_MODULE}.xba`),
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="${MACRO_MODULE}" script:language="StarBasic">${xmlText(BASIC_SOURCE)}</script:module>\n`,
  );
  const index = join(library, 'script.xlb');
  const listing = await readFile(index, 'utf8');
  if (!listing.includes(`library:name="${MACRO_MODULE}"`)) {
    await writeFile(index, listing.replace('</library:library>', ` <library:element library:name="${MACRO_MODULE}"/>\n</library:library>`));
  }
}
