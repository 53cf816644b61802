/**
 * A REFI-QDA project as another QDA program might write it, by hand (no Isnad code makes it):
 * braced upper-case GUIDs, a code hierarchy under a folder that is not codable, short '#rgb'
 * colours, a source file with a BOM and CRLF line ends and emoji, a source held inline in
 * PlainTextContent, a selection with two codings, one with none, a memo on a selection, a comment
 * in a selection's Description, a coding of a whole source, and a PDF source (to be skipped).
 * Positions are code points of the file's text after its BOM, counted with Python by hand.
 */
import { strToU8, zipSync } from 'fflate';

/** sources/interview.txt after its BOM: CRLF line ends, emoji on both lines before the spans. */
export const INTERVIEW_TEXT = 'Minister 😀 Ali said:\r\nthe economy 📰 will grow.\r\nالاقتصاد سينمو 😀 بقوة';
export const PRESS_TEXT = 'Press release: الوزير علي 📰 يزور القاهرة.';

export const OTHER_PROGRAM_QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Fieldwork 2024" origin="SomeQDA 12.1" creatingUserGUID="{A1B2C3D4-0000-1111-2222-333344445555}" creationDateTime="2024-03-01T10:00:00Z">
  <Users>
    <User guid="{A1B2C3D4-0000-1111-2222-333344445555}" name="Maria" id="MR"/>
    <User guid="{B1B2C3D4-0000-1111-2222-333344445555}" name="Karim" id="KA"/>
  </Users>
  <CodeBook>
    <Codes>
      <Code guid="{C0000000-0000-0000-0000-000000000001}" name="Actors" isCodable="false">
        <Code guid="{C0000000-0000-0000-0000-000000000002}" name="Person" isCodable="true" color="#F00"/>
        <Code guid="{C0000000-0000-0000-0000-000000000003}" name="Place" isCodable="true" color="#00AA00"/>
      </Code>
      <Code guid="{C0000000-0000-0000-0000-000000000004}" name="Topics" isCodable="true" color="#123ABC">
        <Description>Themes of the interview</Description>
        <Code guid="{C0000000-0000-0000-0000-000000000005}" name="Economy" isCodable="true"/>
      </Code>
    </Codes>
  </CodeBook>
  <Sources>
    <TextSource guid="{D0000000-0000-0000-0000-000000000001}" name="Interview &amp; notes" plainTextPath="internal://interview.txt" creatingUser="{A1B2C3D4-0000-1111-2222-333344445555}" creationDateTime="2024-03-01T10:05:00Z">
      <PlainTextSelection guid="{E0000000-0000-0000-0000-000000000001}" name="Minister" startPosition="0" endPosition="8" creatingUser="{A1B2C3D4-0000-1111-2222-333344445555}" creationDateTime="2024-03-02T09:00:00Z">
        <Coding guid="{F0000000-0000-0000-0000-000000000001}" creatingUser="{A1B2C3D4-0000-1111-2222-333344445555}" creationDateTime="2024-03-02T09:00:00Z">
          <CodeRef targetGUID="{C0000000-0000-0000-0000-000000000002}"/>
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{E0000000-0000-0000-0000-000000000002}" startPosition="11" endPosition="14" creatingUser="{B1B2C3D4-0000-1111-2222-333344445555}" creationDateTime="2024-03-02T09:01:00Z" modifyingUser="{B1B2C3D4-0000-1111-2222-333344445555}" modifiedDateTime="2024-03-04T00:00:00Z">
        <Description>Checked against the recording</Description>
        <Coding guid="{F0000000-0000-0000-0000-000000000002}"><CodeRef targetGUID="{C0000000-0000-0000-0000-000000000002}"/></Coding>
        <NoteRef targetGUID="{90000000-0000-0000-0000-000000000001}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="{E0000000-0000-0000-0000-000000000003}" startPosition="22" endPosition="46">
        <Coding guid="{F0000000-0000-0000-0000-000000000003}"><CodeRef targetGUID="{C0000000-0000-0000-0000-000000000004}"/></Coding>
        <Coding guid="{F0000000-0000-0000-0000-000000000004}"><CodeRef targetGUID="{C0000000-0000-0000-0000-000000000005}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{E0000000-0000-0000-0000-000000000004}" startPosition="65" endPosition="69">
        <Coding guid="{F0000000-0000-0000-0000-000000000005}"><CodeRef targetGUID="{C0000000-0000-0000-0000-000000000005}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{E0000000-0000-0000-0000-000000000005}" startPosition="48" endPosition="56">
        <NoteRef targetGUID="{90000000-0000-0000-0000-000000000001}"/>
      </PlainTextSelection>
      <Coding guid="{F0000000-0000-0000-0000-000000000006}"><CodeRef targetGUID="{C0000000-0000-0000-0000-000000000004}"/></Coding>
      <NoteRef targetGUID="{90000000-0000-0000-0000-000000000002}"/>
    </TextSource>
    <PDFSource guid="{D0000000-0000-0000-0000-000000000002}" name="Report.pdf" path="internal://report.pdf">
      <PDFSelection guid="{E0000000-0000-0000-0000-000000000009}" page="1" firstX="10" firstY="10" secondX="50" secondY="50">
        <Coding guid="{F0000000-0000-0000-0000-000000000009}"><CodeRef targetGUID="{C0000000-0000-0000-0000-000000000002}"/></Coding>
      </PDFSelection>
    </PDFSource>
    <TextSource guid="{D0000000-0000-0000-0000-000000000003}" name="Press release">
      <PlainTextContent>${PRESS_TEXT}</PlainTextContent>
      <PlainTextSelection guid="{E0000000-0000-0000-0000-000000000006}" startPosition="15" endPosition="25">
        <Coding guid="{F0000000-0000-0000-0000-000000000007}"><CodeRef targetGUID="{C0000000-0000-0000-0000-000000000002}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{E0000000-0000-0000-0000-000000000007}" startPosition="33" endPosition="40">
        <Coding guid="{F0000000-0000-0000-0000-000000000008}"><CodeRef targetGUID="{C0000000-0000-0000-0000-000000000003}"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="{90000000-0000-0000-0000-000000000001}" name="Memo on Ali" creatingUser="{B1B2C3D4-0000-1111-2222-333344445555}">
      <PlainTextContent>Ali is the deputy, not the minister.&#13;
علي هو النائب</PlainTextContent>
    </Note>
    <Note guid="{90000000-0000-0000-0000-000000000002}" name="Interview memo" plainTextPath="internal://memo.txt"/>
  </Notes>
</Project>
`;

/** The project as a .qdpx: project.qde, the two source files, a PDF's bytes. */
export function otherProgramQdpx(qde = OTHER_PROGRAM_QDE, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    'project.qde': strToU8(qde),
    'sources/interview.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(INTERVIEW_TEXT)]),
    'sources/memo.txt': strToU8('Recorded in Cairo.\nسُجّلت في القاهرة.'),
    'sources/report.pdf': strToU8('%PDF-1.4 not really a PDF'),
    ...extra,
  });
}
