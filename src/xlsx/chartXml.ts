/**
 * A planned chart as DrawingML: the chart part and the drawing that places it on its sheet.
 * Series run by columns, as the add-in draws them: the source's first row names the series,
 * its first column holds the categories. The chart refers to the cells; Excel and LibreOffice
 * read the numbers from the sheet when they open the file.
 */
import { columnLetters, parseRange, quoteSheetName } from '../core/a1';
import type { ChartPlan } from '../core/summarize/plan';
import { escapeXml } from './xml';

const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** The chart part for a plan on `sheet`, or null when its ranges cannot be read. */
export function chartXml(sheet: string, ch: ChartPlan): string | null {
  const r = parseRange(ch.source);
  if (!r || r.c2 <= r.c1 || r.r2 <= r.r1) return null;
  const abs = (col: number, r1: number, r2 = r1) =>
    `${quoteSheetName(sheet)}!$${columnLetters(col)}$${r1 + 1}${r2 !== r1 ? `:$${columnLetters(col)}$${r2 + 1}` : ''}`;
  const series: string[] = [];
  for (let c = r.c1 + 1; c <= r.c2; c++) {
    const i = c - r.c1 - 1;
    const color = /^#[0-9A-Fa-f]{6}$/.test(ch.colors?.[i] ?? '') ? ch.colors![i].slice(1).toUpperCase() : null;
    const fill = color ? `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>` : '';
    series.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${escapeXml(abs(c, r.r1))}</c:f></c:strRef></c:tx>${fill}` +
        `<c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>${escapeXml(abs(r.c1, r.r1 + 1, r.r2))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(abs(c, r.r1 + 1, r.r2))}</c:f></c:numRef></c:val></c:ser>`,
    );
  }
  const stacked = ch.type !== 'column';
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1" sz="1400"/></a:pPr><a:r><a:rPr lang="de-DE" b="1" sz="1400"/>` +
    `<a:t>${escapeXml(ch.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${ch.type === 'barStacked' ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/>` +
    `<c:varyColors val="0"/>${series.join('')}<c:gapWidth val="60"/>${stacked ? '<c:overlap val="100"/>' : ''}` +
    '<c:axId val="100"/><c:axId val="200"/></c:barChart>' +
    `<c:catAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${ch.type === 'barStacked' ? 'l' : 'b'}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${ch.type === 'barStacked' ? 'b' : 'l'}"/>` +
    '<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>' +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** The drawing part placing charts (relationship ids rId1…) at their anchors. */
export function drawingXml(charts: { plan: ChartPlan; relId: string; name: string }[]): string {
  const anchors = charts.map(({ plan, relId, name }, i) => {
    const a = parseRange(plan.anchor) ?? { r1: 0, c1: 0 };
    const cell = (col: number, row: number) =>
      `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${cell(a.c1, a.r1)}</xdr:from><xdr:to>${cell(a.c1 + plan.width, a.r1 + plan.height)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
      '<xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${anchors.join('')}</xdr:wsDr>`;
}
