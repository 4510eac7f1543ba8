package org.lonelyloop.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Number formatting for CSV files that R's read.csv and pandas read without options. */
public final class Csv {
    private static final MathContext SIGNIFICANT = new MathContext(7);

    private Csv() {
    }

    /**
     * Opens an output CSV: a new file starting with {@code header}, or (a resumed run) the existing
     * file to continue.
     */
    public static BufferedWriter open(Path file, boolean append, String header) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, append
                ? new StandardOpenOption[] {StandardOpenOption.APPEND}
                : new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING});
        if (!append) {
            out.write(header);
        }
        return out;
    }

    /**
     * Seven significant digits, no trailing zeros, no exponent from a millionth up (below it,
     * scientific notation: {@code 1.498367E-81}); {@code NA} for a missing value (R's spelling,
     * which pandas also reads as missing).
     */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "NA";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(SIGNIFICANT).stripTrailingZeros();
        // Below a millionth, plain digits run to hundreds of zeros (a p value of 1e-200): scientific
        // notation, which R's read.csv and pandas read as numbers.
        String s = Math.abs(v) < 1e-6 ? d.toString() : d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Quotes a text field when it holds a comma, quote or line break. */
    public static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * Writes a whole file through a temporary file beside it, moved into place: a reader (or a
     * stop part-way) sees the old file or the new one, never half of one.
     */
    public static void writeAtomically(Path file, String content) throws IOException {
        writeAtomically(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** As {@link #writeAtomically(Path, String)}, for bytes (a picture beside a table). */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        java.nio.file.Files.write(tmp, content);
        java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
