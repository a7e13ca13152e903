/** A file to stream: its name, its columns in order (key in each row, header in the file), and its rows page by page. */
export interface CsvExport<Row extends object = object> {
  fileName: string;
  columns: { key: keyof Row & string; header: string }[];
  pages: AsyncIterable<Row[]>;
}
