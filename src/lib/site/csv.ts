type Value = string | number | null | undefined;

/**
 * RFC 4180 CSV with a UTF-8 BOM and CRLF line ends: Excel then opens the Chinese correctly.
 * Amounts go in exactly as the model holds them ("1077.766800"), never reformatted.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly Value[])[]): string {
  return `${csvHead(columns)}${csvLines(rows)}`;
}

/** The start of a CSV file: the BOM and the header line. */
export const csvHead = (columns: readonly string[]) => `\uFEFF${csvLines([columns])}`;

/** Records as CSV lines, each ended by CRLF: a file written in parts is the file toCsv writes whole. */
export function csvLines(rows: readonly (readonly Value[])[]): string {
  const field = (value: Value) => {
    const text = value == null ? "" : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return rows.map((row) => `${row.map(field).join(",")}\r\n`).join("");
}

/** The inverse, for tests and for readers' scripts: CSV text → header and rows. */
export function parseCsv(text: string): { columns: string[]; rows: string[][] } {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || record.length > 0) records.push([...record, field]);
  const [columns = [], ...rows] = records;
  return { columns, rows };
}
