package org.lonelyloop.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A CSV file of ours read back whole (for charts, reports and sweep tables): a header and rows of
 * text fields, with quoted fields as {@link Csv#text} writes them and {@code NA} read as missing.
 */
public final class CsvTable {
    private final List<String> header;
    private final List<List<String>> rows;

    private CsvTable(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static CsvTable read(Path file) throws IOException {
        List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
        if (records.isEmpty()) {
            throw new IOException(file + " is empty: it should start with a header row");
        }
        List<String> header = records.get(0);
        List<List<String>> rows = records.subList(1, records.size());
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != header.size()) {
                throw new IOException(file + ", line " + (r + 2) + ": " + rows.get(r).size() + " fields, the header has "
                        + header.size());
            }
        }
        return new CsvTable(List.copyOf(header), Collections.unmodifiableList(rows));
    }

    /** Splits CSV text into records of fields (RFC 4180: quotes around a field, "" for a quote inside). */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    public List<String> header() {
        return header;
    }

    public int size() {
        return rows.size();
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    public int indexOf(String column) {
        int c = header.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return c;
    }

    public String text(int row, String column) {
        return rows.get(row).get(indexOf(column));
    }

    /** A numeric column; {@code NA} and empty fields are NaN. */
    public double[] numbers(String column) {
        int c = indexOf(column);
        double[] v = new double[rows.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = number(rows.get(r).get(c));
        }
        return v;
    }

    public double number(int row, String column) {
        return number(text(row, column));
    }

    static double number(String s) {
        return s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }
}
