package org.lonelyloop.table;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table read back by Apache Commons CSV (RFC 4180), a reader LonelyLoop did not write: what R's
 * read.csv and pandas would see. Every row must have the header's cells.
 */
public final class OtherReader {
    private OtherReader() {
    }

    /** The rows, by column name. */
    public static List<Map<String, String>> rows(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(in, format)) {
            for (CSVRecord r : p) {
                assertTrue(r.isConsistent(), file + ", record " + r.getRecordNumber() + " has " + r.size()
                        + " cells for a header of " + p.getHeaderNames().size());
                rows.add(r.toMap());
            }
        }
        return rows;
    }

    /** A cell as a number, NA as NaN; anything else fails the test. */
    public static double number(Map<String, String> row, String column) {
        String v = row.get(column);
        return v.equals("NA") ? Double.NaN : Double.parseDouble(v);
    }
}
